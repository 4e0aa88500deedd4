"""Language identification among candidate languages, offline."""

import subprocess
import sys
import textwrap

import pytest

from literacy import analyze
from literacy.analysis import DEFAULT_IDENTIFIER
from literacy.errors import InputError
from literacy.language import UNDETERMINED, LanguageIdentifier


@pytest.fixture(scope="module")
def identifier() -> LanguageIdentifier:
    """The process's identifier (the one ``analyze`` uses): its model is unpacked once."""
    return DEFAULT_IDENTIFIER


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Take two tablets by mouth every morning with food.", "en"),
        ("Tome dos tabletas por la boca cada mañana con comida.", "es"),
        ("Call your doctor right away if you have trouble breathing.", "en"),
        ("Llame a su médico de inmediato si tiene dificultad para respirar.", "es"),
        ("La vacuna contra la influenza puede prevenir la influenza (gripe).", "es"),
        ("Influenza vaccine can prevent the flu, and it is safe for most people.", "en"),
    ],
)
def test_detect_language_en_es_sentences(text, expected, identifier):
    lang, probability = identifier.detect(text)
    assert lang == expected
    assert 0.5 < probability <= 1.0


def test_short_texts_are_unreliable(identifier):
    """A known limit: six words shared by both languages can go either way, which is why
    ``literacy.translations`` only asks about texts of 5+ words and 30+ letters, and
    needs 0.95 confidence."""
    lang, _ = identifier.detect("Influenza vaccine can prevent influenza (flu).")
    assert lang in ("en", "es")


def test_detect_language_probability_is_normalised_over_candidates(identifier):
    _, p_es = identifier.detect("¿Qué efectos secundarios puede causar este medicamento?")
    assert p_es > 0.99


def test_detect_language_restricted_to_candidates(identifier):
    french = "Prenez deux comprimés par la bouche chaque matin avec de la nourriture."
    assert identifier.detect(french)[0] in ("en", "es")
    assert identifier.detect(french, candidates=("en", "es", "fr"))[0] == "fr"


def test_detect_language_no_letters_is_undetermined(identifier):
    assert identifier.detect("") == (UNDETERMINED, 0.0)
    assert identifier.detect("1-800-232-4636 · 2,5 %") == (UNDETERMINED, 0.0)


def test_detect_language_single_candidate(identifier):
    assert identifier.detect("anything at all", candidates=["es"]) == ("es", 1.0)


def test_detect_language_candidate_order_and_case_do_not_matter(identifier):
    text = "Hable con su proveedor de atención médica."
    assert identifier.detect(text, ("ES", "en")) == identifier.detect(text, ("en", "es"))


@pytest.mark.parametrize("candidates", [(), ("en", "xx")])
def test_detect_language_bad_candidates(candidates, identifier):
    with pytest.raises(ValueError):
        identifier.detect("Some text", candidates)


def test_known_languages_includes_many(identifier):
    langs = identifier.known_languages()
    assert {"en", "es", "fr", "zh", "pt"} <= langs
    assert len(langs) == 97


def test_restricted_identifier_is_built_once_per_candidate_set(identifier):
    assert identifier.restricted(("en", "es")) is identifier.restricted(("en", "es"))


def test_detect_language_never_touches_the_network():
    """Loading and using the shipped model works with every socket connection refused."""
    code = textwrap.dedent(
        """
        import socket

        def refuse(*args, **kwargs):
            raise OSError("network disabled in this test")

        socket.socket.connect = refuse
        socket.create_connection = refuse
        from literacy.language import LanguageIdentifier
        print(LanguageIdentifier().detect("Tome una tableta al día.")[0])
        """
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "es"


# --- lang="auto": every language the model knows, and clear errors -------------------------

FRENCH = ("Prenez deux comprimés par la bouche chaque matin avec de la nourriture. "
          "Appelez votre médecin si vous avez de la fièvre.")
CHINESE = "请每天早上随食物口服两片药。如果发烧，请给您的医生打电话。"


@pytest.mark.parametrize(
    ("text", "lang", "name"),
    [
        (FRENCH, "fr", "French"),
        (CHINESE, "zh", "Chinese"),
        ("Uống hai viên thuốc mỗi sáng với thức ăn. Hãy gọi bác sĩ nếu bạn bị sốt.", "vi",
         "Vietnamese"),
        ("매일 아침 음식과 함께 두 알을 복용하십시오. 열이 나면 의사에게 전화하십시오.", "ko",
         "Korean"),
        ("Tomar dalawang tableta tuwing umaga kasama ng pagkain. Tawagan ang inyong doktor "
         "kung kayo ay nilalagnat.", "tl", "Tagalog"),
    ],
)
def test_scored_language_names_an_unscored_language(
    text: str, lang: str, name: str, identifier: LanguageIdentifier
) -> None:
    with pytest.raises(InputError) as raised:
        identifier.scored(text, ("en", "es"))
    assert raised.value.code == "unsupported_language"
    assert f"{name} ({lang})" in raised.value.message
    assert "en and es" in raised.value.message


@pytest.mark.parametrize("text", ["123", "???", "1-800-232-4636 · 2,5 %", "😀🎉", "\u200b\u200d",
                                  "٣٤٥"])
def test_scored_language_without_letters_is_no_language(
    text: str, identifier: LanguageIdentifier
) -> None:
    with pytest.raises(InputError) as raised:
        identifier.scored(text, ("en", "es"))
    assert raised.value.code == "no_language"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Take two tablets by mouth every morning with food.", "en"),
        ("Tome dos tabletas por la boca cada mañana con comida.", "es"),
        ("Fever", "en"),  # too short to call another language: the likeliest scored one
    ],
)
def test_scored_language_picks_a_scored_language(
    text: str, expected: str, identifier: LanguageIdentifier
) -> None:
    assert identifier.scored(text, ("en", "es"))[0] == expected


def test_analyze_auto_raises_input_errors_not_key_errors() -> None:
    with pytest.raises(InputError) as french:
        analyze(FRENCH, lang="auto")
    assert french.value.code == "unsupported_language"
    with pytest.raises(InputError) as digits:
        analyze("123 456", lang="auto")
    assert digits.value.code == "no_language"
