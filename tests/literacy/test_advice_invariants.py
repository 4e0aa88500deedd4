"""Applying Plainly's advice never makes a leaflet wrong.

Every suggestion of every word-list entry, English and Spanish, in sentence frames that carry
a number, a negation and a link, and every suggestion on the documents of each language in
``../shared/eval``, is applied
(all at once, as "Apply all" would, and the safe ones alone); the result must keep every
number, negation, link and medicine name, and must not gain a doubled article, an English "a"/"an"
that disagrees, or a phrase its sentence already has; an explanation holds no brackets, stands
inside none, and repeats neither the word that follows it nor the words before it.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from collections.abc import Iterator

import pytest
from _support import DEFAULT_EVAL

from literacy import Engine, Report, Suggestion, analyze, apply_suggestions
from literacy.analysis import DEFAULT_ENGINES
from literacy.jargon import EXPLAIN_CATEGORIES

FRAMES = {
    "en": (
        "Do not stop the {term} before 2 pm on day 3.",
        "Ask about {term} at https://example.org/help if you are not better in 5 days.",
        "Your {term} medicine may not work for 2 weeks.",
    ),
    "es": (
        "No deje {term} antes de las 2 pm del día 3.",
        "Pregunte por {term} en https://example.org/ayuda si no mejora en 5 días.",
        "Sin {term} su medicamento puede no funcionar durante 2 semanas.",
    ),
}
# Words an explanation may share with the words before its term: articles, prepositions and
# the kind of thing it names ("Take the medicine metformin (a diabetes medicine)").
FUNCTION_WORDS = frozenset({"a", "an", "the", "of", "for", "to", "and", "or", "in", "that",
                            "with",
                            "el", "la", "los", "las", "un", "una", "de", "del", "para", "por",
                            "y", "o", "en", "que", "con", "al"})
UNTELLING = FUNCTION_WORDS | {"medicine", "medicines", "drug", "drugs", "treatment", "test",
                              "disease", "condition",
                              "medicamento", "medicamentos", "tratamiento", "prueba",
                              "enfermedad", "afección"}
NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
# English and Spanish; "no obstante" and "sin embargo" are connectives, not negations
NEGATION = re.compile(r"\b(?:not|no(?!\s+(?:obstante|cabe))|never|none|nor|without|cannot|"
                      r"nunca|jamás|ni|tampoco|nadie|sin(?!\s+(?:embargo|perjuicio)))\b|"
                      r"n['’]t\b", re.IGNORECASE)
LINK = re.compile(r"https?://\S+|\]\(")
DOUBLED_ARTICLE = {
    "en": re.compile(r"\b(?:a|an|the)\s+(?:a|an|the)\b", re.IGNORECASE),
    "es": re.compile(r"\b(?:el|la|los|las|un|una)\s+(?:el|la|los|las|un|una)\b", re.IGNORECASE),
}
# Before a lower-case word only: an acronym goes by its letters' sounds ("an HIV medicine").
WRONG_ARTICLE = re.compile(r"\b[Aa]n\s+[bcdfgjklmnpqrstvwxz]\w*|\b[Aa]\s+[aeio]\w*")


@pytest.fixture(scope="module", params=["en", "es"])
def engine(request: pytest.FixtureRequest) -> Engine:
    return DEFAULT_ENGINES.get(request.param)


def broken(before: str, after: str, medicines: set[str], lang: str) -> list[str]:
    """What applying the advice broke, as messages (none when the text is sound)."""
    problems = []
    for name, pattern in (("number", NUMBER), ("negation", NEGATION), ("link", LINK)):
        if not Counter(pattern.findall(before.lower())) <= Counter(pattern.findall(after.lower())):
            problems.append(f"a {name} was lost")
    checks = [(DOUBLED_ARTICLE[lang], "a doubled article")]
    if lang == "en":
        checks.append((WRONG_ARTICLE, "an article that disagrees"))
    for pattern, what in checks:
        if len(pattern.findall(after)) > len(pattern.findall(before)):
            problems.append(f"{what} appeared")
    folded = " ".join(after.split()).lower()  # a name may be wrapped over two lines
    problems += [f"the medicine name {name!r} was lost" for name in medicines
                 if name.lower() not in folded]
    return problems


def unsound_explanation(text: str, suggestion: Suggestion, sentence_start: int) -> list[str]:
    """What is wrong with brackets of plain words put after a term: brackets inside them or
    around the term, a noun phrase they split with a word they repeat ("antiviral (a
    virus-fighting medicine) medicine"), or the words right before the term said again
    ("the blood thinner warfarin (a blood thinner)")."""
    term = text[suggestion.start : suggestion.end]
    inside = suggestion.replacement[len(term):].strip()[1:-1]
    problems = [f"nested brackets in {suggestion.replacement!r}"] if "(" in inside else []
    before = text[sentence_start : suggestion.start]
    if before.count("(") > before.count(")"):
        problems.append(f"{suggestion.replacement!r} inside brackets")
    following = re.match(r"\s*([^\W\d_]+)", text[suggestion.end :])
    # a function word after the brackets splits nothing: "20% (1 in 5) in adults"
    if following and following.group(1).lower() in set(inside.lower().split()) - FUNCTION_WORDS:
        problems.append(f"{suggestion.replacement!r} repeats {following.group(1)!r} after it")
    telling = set(re.findall(r"[^\W_]+", inside.lower())) - UNTELLING
    preceding = re.findall(r"[^\W_]+", before.lower())[-2 * len(telling):]
    if telling and telling <= set(preceding):
        problems.append(f"{suggestion.replacement!r} repeats the words before it")
    return problems


def applied(text: str, report: Report, safe_only: bool) -> str:
    return apply_suggestions(text, [
        suggestion
        for finding in report.findings
        for suggestion in finding.suggestions
        if suggestion.applicability == "safe" or not safe_only
    ])


def medicine_names(report: Report) -> set[str]:
    return {term.text for term in report.jargon.terms if term.category == "medicine"}


def check(engine: Engine, texts: list[str], format: str = "auto") -> list[str]:
    failures = []
    for text, report in zip(texts, engine.analyze_many(texts, format=format), strict=True):
        medicines = medicine_names(report)
        for safe_only in (True, False):
            after = applied(text, report, safe_only)
            failures += [f"{text[:80]!r}: {problem}" for problem in broken(text, after, medicines,
                                                                         engine.lang)]
        for finding in report.findings:
            for suggestion in finding.suggestions:
                sentence = next(s for s in report.sentences
                                if s.start <= suggestion.start < s.end)
                if suggestion.action == "explain":
                    failures += [f"{text[:80]!r}: {problem}" for problem
                                 in unsound_explanation(text, suggestion, sentence.start)]
                if suggestion.action != "replace" or " " not in suggestion.replacement:
                    continue
                rest = (text[sentence.start : suggestion.start]
                        + text[suggestion.end : sentence.end])
                if suggestion.replacement.lower() in rest.lower():
                    failures.append(f"{text[:80]!r}: replacing {finding.text!r} repeats "
                                    f"{suggestion.replacement!r} in its sentence")
    return failures


def test_every_word_list_entry_in_frames(engine: Engine) -> None:
    frames = FRAMES[engine.lang]
    texts = [frame.format(term=term) for term in engine.wordlists.jargon for frame in frames]
    texts += [frame.format(term=abbreviation) for abbreviation in engine.wordlists.abbreviations
              for frame in frames]
    failures = check(engine, texts)
    assert not failures, f"{len(failures)} broken: " + "; ".join(failures[:10])


def test_an_explanation_never_says_again_what_stands_before_the_term(engine: Engine) -> None:
    # every term that is explained, after its own plain words ("the blood thinner warfarin")
    frame = {"en": "Ask about the {} {} today.", "es": "Pregunte por el {} {} hoy."}[engine.lang]
    texts = [frame.format(entry.plain[0], term) for term, entry
             in engine.wordlists.jargon.items()
             if entry.category in EXPLAIN_CATEGORIES and entry.plain]
    failures = check(engine, texts)
    assert not failures, f"{len(failures)} broken: " + "; ".join(failures[:10])


def test_medicines_are_explained_never_replaced(engine: Engine) -> None:
    frame = {"en": "Take 5 mg of {} each day.", "es": "Tome 5 mg de {} cada día."}[engine.lang]
    texts = [frame.format(term) for term, entry in engine.wordlists.jargon.items()
             if entry.category in EXPLAIN_CATEGORIES]
    replaced = [
        finding.text
        for report in engine.analyze_many(texts)
        for finding in report.findings
        for suggestion in finding.suggestions
        if finding.data.get("action") == "replace"
        and finding.data.get("lemma") in engine.wordlists.jargon
        and engine.wordlists.jargon[finding.data["lemma"]].category in EXPLAIN_CATEGORIES
    ]
    assert not replaced, f"names replaced: {replaced[:10]}"


EVAL_COLUMNS = {
    "en": {
        "cochrane_val.csv": ("technical_abstract", "plain_language_summary"),
        "plaba_abstract_pairs.csv": ("source_abstract", "adapted_abstract"),
        "en_es_patient_education_pairs.csv": ("en_text",),
        "simpletico19_en_dev.csv": ("original", "simplified"),
        "laymaker_clinical_sentences.csv": ("ORIGINAL", "REFERENCE"),
    },
    "es": {
        "clara_med_es_dev.csv": ("professional", "lay"),
        "simpletico19_es_dev.csv": ("original", "simplified"),
        "en_es_patient_education_pairs.csv": ("es_text",),
    },
}


def eval_documents(lang: str) -> Iterator[str]:
    """The evaluation sets' documents in ``lang`` (both sides of each pair)."""
    for name, wanted in EVAL_COLUMNS[lang].items():
        with (DEFAULT_EVAL / name).open(encoding="utf-8", newline="") as handle:
            for row in csv.DictReader(handle):
                yield from (row[column] for column in wanted if row.get(column))


@pytest.mark.skipif(not DEFAULT_EVAL.is_dir(), reason="../shared/eval is not beside the checkout")
def test_every_suggestion_on_every_eval_document(engine: Engine) -> None:
    texts = list(eval_documents(engine.lang))
    assert len(texts) > 3000
    failures: list[str] = []
    for start in range(0, len(texts), 200):
        failures += check(engine, texts[start : start + 200], format="plain")
    assert not failures, f"{len(failures)} broken: " + "; ".join(failures[:10])


@pytest.mark.parametrize(("lang", "frame"), [("en", "We talked about {} today."),
                                             ("es", "Hablamos de {} hoy.")])
def test_the_lists_own_plain_words_draw_no_replacement(lang: str, frame: str) -> None:
    """Advice taken is not undone: no word of a plain alternative the lists offer is itself
    offered a replacement ("lumbar puncture" → "spinal tap" must not then get "spine tap",
    "ictus" → "ataque cerebral" not "ataque del cerebro", "neonato" → "recién nacido" not
    "bebé")."""
    engine = DEFAULT_ENGINES.get(lang)
    plains = {option for entry in engine.wordlists.jargon.values() for option in entry.plain}
    undone = []
    for plain in sorted(plains):
        text = frame.format(plain)
        start = text.index(plain)
        undone += [
            (plain, suggestion.replacement)
            for finding in engine.analyze(text).findings
            for suggestion in finding.suggestions
            if suggestion.action == "replace" and start <= suggestion.start < start + len(plain)
        ]
    assert undone == []


@pytest.mark.parametrize(("text", "after"), [
    # a conjunction takes the comma after the connective with it
    ("Sin embargo, la vacuna es segura.", "Pero la vacuna es segura."),
    ("Es segura; sin embargo, duele un poco.", "Es segura; pero duele un poco."),
    # "no" of a connective is no negation, so Apply does not refuse the suggestion it gets
    ("No obstante, llame al médico.", "Pero llame al médico."),
    # everyday Spanish for "enter", not "be admitted to hospital"
    ("La glucosa no puede ingresar a sus células.", "La glucosa no puede ingresar a sus células."),
    ("Vaya a un centro ambulatorio.", "Vaya a un centro ambulatorio."),
    # "requerir" is "need", not "ask for"
    ("El resto puede requerir una cirugía.", "El resto puede necesitar una cirugía."),
    # "problemas" is masculine: it cannot stand before "cardíacas"
    ("Hubo complicaciones cardíacas.", "Hubo complicaciones del corazón."),
])
def test_spanish_advice_applied_reads_right(text: str, after: str) -> None:
    report = analyze(text, lang="es")
    assert apply_suggestions(text, [suggestion for finding in report.findings
                                    for suggestion in finding.suggestions]) == after
