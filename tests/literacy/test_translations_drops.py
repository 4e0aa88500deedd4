"""A dropped short passage is caught, however the aligner would hide it (issue 10), and a
check run keeps what it learns about passages to itself (issue 12).

Each bundle is hand-written in the shape of a CDC vaccine information statement and its
Spanish translation, so that the aligner meets what hid a drop on the real pairs: a short
sentence that joins its neighbour's translation (2-1), a sentence paired with a running
header of about its length, a sentence of a paragraph whose translation has neither its
words nor its length, and a sentence next to the bilingual notice.
"""

from __future__ import annotations

from literacy.findings import Finding
from literacy.translations import check_translations, checks


def _missing(en: str, es: str) -> list[tuple[str, str]]:
    """(level, source text) of each PL402 raised on the pair."""
    return [(f.level, f.text) for f in check_translations({"en": en, "es": es}, required=["es"])
            if f.code == "PL402"]


def _errors(en: str, es: str) -> list[Finding]:
    return [f for f in check_translations({"en": en, "es": es}, required=["es"])
            if f.level == "error"]


RISKS_EN = "\n".join([
    "Risks of a vaccine reaction",
    "",
    (
        "Soreness where the shot is given, fever, headache, and fatigue (feeling tired) can "
        "happen after vaccination."
    ),
    "",
    (
        "People sometimes faint after medical procedures, including vaccination. Tell your "
        "provider if you feel dizzy or have vision changes or ringing in the ears."
    ),
    "",
    (
        "As with any medicine, there is a very remote chance of a vaccine causing a severe "
        "allergic reaction, other serious injury, or death."
    ),
    "",
    "What if there is a serious problem?",
    "",
    (
        "An allergic reaction could occur after the vaccinated person leaves the clinic. If you "
        "see signs of a severe allergic reaction (hives, swelling of the face and throat, "
        "difficulty breathing, a fast heartbeat, dizziness, or weakness), call 9-1-1 and get the "
        "person to the nearest hospital."
    ),
    "",
    "For other signs that concern you, call your health care provider.",
    "",
    (
        "Adverse reactions should be reported to the Vaccine Adverse Event Reporting System "
        "(VAERS). Your health care provider will usually file this report, or you can do it "
        "yourself."
    ),
    "",
])

RISKS_ES = "\n".join([
    "Riesgos de una reacción a la vacuna",
    "",
    (
        "Después de la vacunación se puede presentar dolor en el lugar donde se administra la "
        "inyección, fiebre, dolor de cabeza y fatiga (sensación de cansancio)."
    ),
    "",
    (
        "En algunos casos, las personas se desmayan después de procedimientos médicos, incluidas "
        "las vacunaciones."
    ),
    (
        "Informe a su proveedor de atención médica si se siente mareado o si tiene cambios en la "
        "visión o zumbido en los oídos."
    ),
    "",
    (
        "Al igual que con cualquier medicina, hay probabilidades muy remotas de que una vacuna "
        "cause una reacción alérgica grave, otra lesión grave o la muerte."
    ),
    "",
    "¿Qué hago si ocurre algún problema grave?",
    "",
    (
        "Podría ocurrir una reacción alérgica después de que la persona vacunada deje la clínica."
        " Si observa signos de una reacción alérgica grave (ronchas, hinchazón de la cara y "
        "garganta, dificultad para respirar, latidos rápidos del corazón, mareos o debilidad), "
        "llame al 9-1-1 y lleve a la persona al hospital más cercano."
    ),
    "",
    "Llame a su proveedor de atención médica si hay otros signos que le preocupan.",
    "",
    (
        "Las reacciones adversas se deben informar al Vaccine Adverse Event Reporting System, "
        "VAERS (Sistema para reportar reacciones adversas a las vacunas). Es usual que el "
        "proveedor de atención médica informe sobre ello, o también puede hacerlo usted mismo."
    ),
    "",
])


def test_untouched_bundle_has_no_errors() -> None:
    assert _errors(RISKS_EN, RISKS_ES) == []


def test_short_paragraph_joined_to_its_neighbour_is_missing() -> None:
    es = RISKS_ES.replace(
        "Llame a su proveedor de atención médica si hay otros signos que le preocupan.\n\n", ""
    )
    assert ("error", "For other signs that concern you, call your health care provider.") in (
        _missing(RISKS_EN, es)
    )


def test_sentence_dropped_from_a_paragraph_is_an_error_when_nothing_holds_it() -> None:
    es = RISKS_ES.replace(
        "En algunos casos, las personas se desmayan después de procedimientos médicos, "
        "incluidas las vacunaciones.\n", ""
    )
    assert ("error", "People sometimes faint after medical procedures, including vaccination.") in (
        _missing(RISKS_EN, es)
    )


def test_condensed_aside_whose_words_are_in_the_translation_stays_a_warning() -> None:
    en = (
        "Nausea and vomiting\n\n"
        "Drugs used to prevent or control nausea are often called anti-nausea drugs. You may "
        "also hear them called anti-emetics. Every person getting cancer treatment that can "
        "cause nausea can and should be treated for it.\n\n"
        "Ask your cancer care team which drugs are right for you.\n"
    )
    es = (
        "Náuseas y vómitos\n\n"
        "Los medicamentos que se utilizan para prevenir o controlar las náuseas también se "
        "denominan antieméticos. Toda persona que recibe tratamiento contra el cáncer que "
        "puede causar náuseas puede y debe recibir tratamiento.\n\n"
        "Pregunte a su equipo de atención del cáncer qué medicamentos son adecuados para "
        "usted.\n"
    )
    assert _missing(en, es) == [("warning", "You may also hear them called anti-emetics.")]


USES_EN = "\n".join([
    "Tdap vaccine",
    "Tdap is only for children 7 years and older, adolescents, and adults.",
    "Adolescents should receive a single dose of Tdap, preferably at age 11 or 12 years.",
    (
        "Pregnant women should get a dose of Tdap during every pregnancy, preferably during the "
        "early part of the third trimester, to help protect the newborn from pertussis. Infants "
        "are most at risk for severe, life-threatening complications from pertussis."
    ),
    "Adults who have never received Tdap should get a dose of Tdap.",
    (
        "Also, adults should receive a booster dose of either Tdap or Td (a different vaccine "
        "that protects against tetanus and diphtheria but not pertussis)"
    ),
    "every 10 years, or after 5 years in the case of a severe or dirty wound or burn.",
    "Tdap may be given at the same time as other vaccines.",
    "",
])

# (PDF text: one paragraph a line, and the page's running header between two of them)
USES_ES = "\n".join([
    "Vacuna Tdap",
    "La vacuna Tdap es solo para niños de 7 años o más, adolescentes y adultos.",
    (
        "Los adolescentes deben recibir una sola dosis de la vacuna Tdap, de preferencia a los 11"
        " o 12 años."
    ),
    (
        "Las mujeres embarazadas deben recibir una dosis de Tdap durante cada embarazo, de "
        "preferencia"
    ),
    (
        "en la primera parte del tercer trimestre, como ayuda para proteger al recién nacido "
        "contra la tos ferina. Los lactantes están en mayor riesgo de tener"
    ),
    "complicaciones graves y potencialmente mortales de la tos ferina.",
    "Tdap VIS – Spanish (1/31/2025)",
    (
        "Los adultos que no han recibido la vacuna Tdap deben recibir una dosis de la vacuna "
        "Tdap."
    ),
    (
        "Además, los adultos deben recibir una dosis de refuerzo de las vacunas Tdap o Td (otra "
        "vacuna, que protege contra el tétanos y difteria, no contra la tos ferina) cada 10 años,"
        " o después de 5 años en el caso de una herida o quemadura grave o sucia."
    ),
    "Las vacunas Tdap o Td se pueden aplicar al mismo tiempo que otras vacunas.",
    "",
])


def test_sentence_paired_with_a_running_header_is_missing() -> None:
    assert _errors(USES_EN, USES_ES) == []
    es = USES_ES.replace(
        "Los adultos que no han recibido la vacuna Tdap deben recibir una dosis de la vacuna "
        "Tdap.\n", ""
    )
    assert ("error", "Adults who have never received Tdap should get a dose of Tdap.") in (
        _missing(USES_EN, es)
    )


NOTICE_EN = "\n".join([
    "VACCINE INFORMATION STATEMENT",
    "",
    "MMR Vaccine (Measles, Mumps, and Rubella): What You Need to Know",
    "",
    "Many vaccine information statements are available in Spanish and other languages.",
    "See www.immunize.org/vis",
    "",
    (
        "Hojas de información sobre vacunas están disponibles en español y en muchos otros "
        "idiomas."
    ),
    "Visite www.immunize.org/vis",
    "",
    "Why get vaccinated?",
    "",
    "MMR vaccine can prevent measles, mumps, and rubella.",
    "",
    (
        "MEASLES (M) causes fever, cough, runny nose, and red, watery eyes, commonly followed by "
        "a rash that covers the whole body."
    ),
    "",
])

NOTICE_ES = "\n".join([
    "DECLARACIÓN DE INFORMACIÓN DE LA VACUNA",
    "",
    "Vacuna MMR (contra el sarampión, las paperas y la rubéola): Lo que necesita saber",
    "",
    (
        "Hojas de información sobre vacunas están disponibles en español y en muchos otros "
        "idiomas."
    ),
    "Visite www.immunize.org/vis",
    "",
    "¿Por qué es necesario vacunarse?",
    "",
    "La vacuna MMR puede prevenir el sarampión, las paperas y la rubéola.",
    "",
    (
        "El SARAMPIÓN (measles, M) causa fiebre, tos, escurrimiento nasal y ojos rojos y "
        "llorosos, seguidos comúnmente de un sarpullido que cubre todo el cuerpo."
    ),
    "",
])


def test_the_notice_twin_may_be_missing_but_a_sentence_beside_it_may_not() -> None:
    untouched = _missing(NOTICE_EN, NOTICE_ES)
    assert [level for level, _ in untouched] == ["warning"] * len(untouched)
    assert any(text.startswith("Many vaccine information") for _, text in untouched)
    es = NOTICE_ES.replace(
        "La vacuna MMR puede prevenir el sarampión, las paperas y la rubéola.\n\n", ""
    )
    assert ("error", "MMR vaccine can prevent measles, mumps, and rubella.") in (
        _missing(NOTICE_EN, es)
    )


def test_passages_are_judged_once_per_run_and_kept_by_no_module(monkeypatch) -> None:
    calls: list[str] = []
    identify = checks._identify

    def counting(text: str, codes: tuple[str, str]) -> tuple[str, float] | None:
        calls.append(text)
        return identify(text, codes)

    monkeypatch.setattr(checks, "_identify", counting)
    passages = checks.Passages()
    sentence = "Tell your provider if you feel dizzy or have vision changes."
    first = passages.detect(sentence, ("en", "es"))
    assert first is not None and first[0] == "en"
    assert passages.detect(sentence, ("en", "es-MX")) == first
    assert calls == [sentence]
    assert checks.Passages().detect(sentence, ("en", "es")) == first
    assert calls == [sentence, sentence]  # a new run judges afresh: nothing is kept between
    assert not any(hasattr(value, "cache_info") for value in vars(checks).values())
