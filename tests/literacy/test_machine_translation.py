"""Machine drafts: the real Argos Translate loading and translating code, on a tiny package
this test builds itself (random weights, so the output is gibberish: the test checks the
plumbing, not the translation).  Skipped only when argostranslate is not installed."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

from literacy import machine_translation
from literacy.machine_translation import DRAFT_LABEL, Draft, draft_translation, how_to_install

HAS_ARGOS = importlib.util.find_spec("argostranslate") is not None
needs_argos = pytest.mark.skipif(
    not HAS_ARGOS, reason="argostranslate is not installed (pip install 'plainly[translate]')"
)

SENTENCES = [
    "Take two tablets by mouth every day.",
    "Call your doctor if you have a fever.",
    "Tome dos tabletas por la boca cada día.",
    "Llame a su médico si tiene fiebre.",
    "Wash your hands before you eat.",
    "Lávese las manos antes de comer.",
    "The vaccine can prevent the flu.",
    "La vacuna puede prevenir la gripe.",
]


def test_how_to_install_names_the_extra_and_the_package():
    text = how_to_install()
    assert text.splitlines()[0] == "pip install 'plainly[translate]'"
    assert "argospm install translate-en_es" in text
    assert ".argosmodel" in text and "PLAINLY_ARGOS_PACKAGE" in text


def test_no_draft_without_argostranslate(monkeypatch):
    monkeypatch.setattr(machine_translation.importlib.util, "find_spec", lambda name: None)
    assert draft_translation("Take two tablets.") is None
    assert machine_translation.available() is False


def test_draft_is_labelled_for_review():
    draft = Draft("x", "y", "en", "es", "argostranslate 1.11.0", "translate-en_es 1.0")
    assert draft.label == DRAFT_LABEL == "machine draft — needs review by a qualified translator"


def _build_package(folder: Path) -> Path:
    """A .argosmodel zip: metadata.json, a SentencePiece model trained on a few sentences,
    and a one-layer CTranslate2 Transformer with random weights."""
    import ctranslate2
    import numpy as np
    import sentencepiece
    from ctranslate2.specs import transformer_spec

    root = folder / "translate-en_es-tiny"
    (root / "model").mkdir(parents=True)
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(SENTENCES * 4),
        model_prefix=str(root / "sentencepiece"),
        vocab_size=64,
        hard_vocab_limit=False,
        character_coverage=1.0,
        minloglevel=2,
    )
    (root / "sentencepiece.vocab").unlink()
    processor = sentencepiece.SentencePieceProcessor(model_file=str(root / "sentencepiece.model"))
    vocabulary = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]

    d, ffn = 8, 16
    rng = np.random.default_rng(0)

    def weights(*shape: int) -> np.ndarray:
        return rng.normal(0, 0.5, size=shape).astype(np.float32)

    spec = transformer_spec.TransformerSpec.from_config(1, 2)
    encoder, decoder = spec.encoder, spec.decoder
    encoder.embeddings[0].weight = weights(len(vocabulary), d)
    decoder.embeddings.weight = weights(len(vocabulary), d)
    decoder.projection.weight = weights(len(vocabulary), d)
    for norm in (encoder.layer_norm, decoder.layer_norm):
        norm.gamma, norm.beta = np.ones(d, np.float32), np.zeros(d, np.float32)
    for layer in [*encoder.layer, *decoder.layer]:
        attentions = [layer.self_attention]
        if hasattr(layer, "attention"):
            attentions.append(layer.attention)
        for block in [*attentions, layer.ffn]:
            block.layer_norm.gamma = np.ones(d, np.float32)
            block.layer_norm.beta = np.zeros(d, np.float32)
        layer.self_attention.linear[0].weight = weights(3 * d, d)
        layer.self_attention.linear[1].weight = weights(d, d)
        if hasattr(layer, "attention"):
            layer.attention.linear[0].weight = weights(d, d)
            layer.attention.linear[1].weight = weights(2 * d, d)
            layer.attention.linear[2].weight = weights(d, d)
        layer.ffn.linear_0.weight = weights(ffn, d)
        layer.ffn.linear_1.weight = weights(d, ffn)
    spec.register_source_vocabulary(vocabulary)
    spec.register_target_vocabulary(vocabulary)
    spec.validate()
    spec.optimize()
    spec.save(str(root / "model"))
    ctranslate2.Translator(str(root / "model"), device="cpu")  # it loads

    (root / "metadata.json").write_text(json.dumps({
        "package_version": "0.0-test",
        "argos_version": "1.11.0",
        "from_code": "en",
        "from_name": "English",
        "to_code": "es",
        "to_name": "Spanish",
        "type": "translate",
    }))
    archive = folder / "translate-en_es-tiny.argosmodel"
    with zipfile.ZipFile(archive, "w") as bundle:
        for path in sorted(root.rglob("*")):
            bundle.write(path, path.relative_to(folder))
    return archive


@needs_argos
def test_draft_translation_with_a_tiny_package_offline(tmp_path):
    archive = _build_package(tmp_path / "build")
    home = tmp_path / "home"
    env = {
        **os.environ,
        "HOME": str(home),
        "XDG_DATA_HOME": str(home / "data"),
        "XDG_CONFIG_HOME": str(home / "config"),
        "XDG_CACHE_HOME": str(home / "cache"),
        "PLAINLY_ARGOS_PACKAGE": str(archive),
    }
    code = textwrap.dedent(
        """
        import dataclasses, json, socket

        def refuse(*args, **kwargs):
            raise OSError("network disabled in this test")

        socket.socket.connect = refuse
        socket.create_connection = refuse

        from literacy.machine_translation import available, draft_translation

        assert available("es", "en") is False
        assert draft_translation("Hola.", "es", "en") is None
        text = "Take two tablets by mouth every day. Call your doctor.\\n\\nWash your hands."
        draft = draft_translation(text)
        again = draft_translation(text)  # installed now: no second install, same model
        print(json.dumps({"draft": dataclasses.asdict(draft), "same": draft.text == again.text,
                          "available": available()}))
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    report = json.loads(result.stdout.strip().splitlines()[-1])
    draft = report["draft"]
    assert draft["label"] == DRAFT_LABEL
    assert (draft["source"], draft["target"]) == ("en", "es")
    assert draft["engine"].startswith("argostranslate ")
    assert draft["package"] == "translate-en_es 0.0-test"
    assert isinstance(draft["text"], str)
    assert draft["text"].count("\n\n") == 1  # paragraphs kept
    assert report["same"] and report["available"]
    installed = list((home / "data" / "argos-translate" / "packages").iterdir())
    assert [p.name for p in installed] == ["translate-en_es-tiny"]


@needs_argos
def test_missing_package_file_is_reported(tmp_path, monkeypatch):
    monkeypatch.setenv("PLAINLY_ARGOS_PACKAGE", str(tmp_path / "nope.argosmodel"))
    code = textwrap.dedent(
        """
        from literacy.machine_translation import draft_translation
        try:
            draft_translation("Hello.", "en", "xx")
        except FileNotFoundError as error:
            print("error:", error)
        """
    )
    env = {**os.environ, "HOME": str(tmp_path), "XDG_DATA_HOME": str(tmp_path / "d"),
           "XDG_CONFIG_HOME": str(tmp_path / "c"), "XDG_CACHE_HOME": str(tmp_path / "k")}
    result = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                            text=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr[-2000:]
    assert "nope.argosmodel" in result.stdout and "PLAINLY_ARGOS_PACKAGE" in result.stdout
