"""Spanish: the formulas and the headline grade against hand calculations, lemmas and parts of
speech from the real pipeline, the passive voice, and the word lists' medicine entries."""

from math import log10, sqrt

import pytest

from literacy import analyze
from literacy.analysis import DEFAULT_ENGINES
from literacy.formulas import Counts
from literacy.grade import Vocabulary, headline_grade
from literacy.jargon import JargonTerm
from literacy.measures import familiarity, parenthesised
from literacy.nlp import load_pipeline
from literacy.parsing import parse
from literacy.reading import read_document
from literacy.spanish import (
    SPANISH_SCORES,
    fernandez_huerta,
    inflesz,
    inflesz_band,
    sentence_length,
    smog_es,
    sol,
    spanish_grade,
    szigriszt_pazos,
)
from literacy.spanish_grammar import PARTICIPLE, conjugate, diminutive_base
from literacy.vocabulary import lemma_zipfs
from literacy.wordlists import load_wordlists

# 100 words, 5 sentences, 200 syllables, 20 polysyllables: Sy/W = 2, W/S = 20.
COUNTS = Counts(100, 5, 200, 20, 0, 30, 0, 500, 490)
EMPTY = Counts(0, 0, 0, 0, 0, 0, 0, 0, 0)
NO_SENTENCES = Counts(10, 0, 20, 2, 0, 3, 0, 50, 50)


@pytest.mark.parametrize(
    ("formula", "expected"),
    [
        # 206.84 - 60*2 - 1.02*20 = 206.84 - 120 - 20.4
        (fernandez_huerta, 66.44),
        # 206.835 - 62.3*2 - 20 = 206.835 - 124.6 - 20
        (szigriszt_pazos, 62.235),
        (inflesz, 62.235),
        # 1.0430*sqrt(20*30/5) + 3.1291 = 1.0430*10.95445 + 3.1291
        (smog_es, 14.5546),
        # -2.51 + 0.74*14.5546
        (sol, 8.2604),
    ],
)
def test_formula_matches_hand_calculation(formula, expected):
    assert formula(COUNTS) == pytest.approx(expected, abs=0.01)


def test_smog_es_exact_expression():
    assert smog_es(COUNTS) == pytest.approx(1.0430 * sqrt(120) + 3.1291, abs=1e-9)
    assert sol(COUNTS) == pytest.approx(-2.51 + 0.74 * (1.0430 * sqrt(120) + 3.1291), abs=1e-9)


@pytest.mark.parametrize("formula", SPANISH_SCORES.values())
@pytest.mark.parametrize("counts", [EMPTY, NO_SENTENCES])
def test_formula_undefined_without_words_or_sentences(formula, counts):
    assert formula(counts) is None


@pytest.mark.parametrize("counts", [EMPTY, NO_SENTENCES])
def test_spanish_grade_undefined_without_words_or_sentences(counts):
    assert spanish_grade(counts, Vocabulary()) is None


def test_spanish_grade_matches_hand_calculation():
    # 100 words, 10 of them in parentheses: sentence length (100 - 10)/5 = 18.
    # Shares over 100 + 10 prior words = 110: rare = (10 + 0.035*10)/110 = 0.0940909,
    # jargon = 4/110 = 0.0363636, abbreviations = 2/110 = 0.0181818, asides = 10/110,
    # difficulty = 2.2/110 = 0.02.
    # -1.39 + 0.23*18 + 2.55*2 + 12.8*(0.0940909 - 0.035) + 12.3*0.0363636
    # + 9.6*0.0181818 + 2.9*0.0909091 + 56*0.02 = -1.39 + 4.14 + 5.1 + 0.7563636
    # + 0.4472727 + 0.1745455 + 0.2636364 + 1.12 = 10.6118182
    vocabulary = Vocabulary(rare=10, mid=5, jargon=4, abbreviations=2, asides=10,
                            difficulty_excess=2.2)
    assert spanish_grade(COUNTS, vocabulary) == pytest.approx(10.6118, abs=0.001)


def test_terms_add_difficulty_only_above_even_odds_explained_or_not():
    # (0.8 - 0.5)*2 words + (0.9 - 0.5) for the explained term; 0.3 and 0.5 add nothing.
    terms = [
        JargonTerm(0, 5, "a b", "a b", "list", "", False, 0, 2, difficulty=0.8),
        JargonTerm(6, 7, "c", "c", "rare", "", True, 0, 1, difficulty=0.9),
        JargonTerm(8, 9, "d", "d", "candidate", "", False, 0, 1, difficulty=0.3),
        JargonTerm(10, 11, "e", "e", "candidate", "", False, 0, 1, difficulty=0.5),
        JargonTerm(12, 13, "f", "f", "wordy", "", False, 0, 1),  # no difficulty model
    ]
    assert familiarity([], terms, ()).difficulty_excess == pytest.approx(1.0)


def test_the_english_grade_does_not_read_the_difficulty_excess():
    assert headline_grade(COUNTS, Vocabulary(difficulty_excess=5.0)) == headline_grade(
        COUNTS, Vocabulary())


def test_words_in_parentheses_do_not_lengthen_the_sentence():
    assert sentence_length(COUNTS, Vocabulary(asides=10)) == 18
    assert sentence_length(COUNTS, Vocabulary()) == 20
    assert sentence_length(COUNTS, Vocabulary(asides=100)) == pytest.approx(1 / 5)


@pytest.mark.parametrize(
    ("text", "inside"),
    [
        ("Puede causar edema (hinchazón por acumulación de líquido) en las piernas.",
         ["hinchazón", "por", "acumulación", "de", "líquido"]),
        ("La anafilaxia (reacción alérgica (grave)) es rara.",
         ["reacción", "alérgica", "grave"]),
        ("Sin paréntesis no hay apartes.", []),
        ("Un paréntesis sin cerrar (hasta el final no es un aparte.", []),
        ("Uno (cerrado) y otro sin cerrar (hasta el final.", ["cerrado"]),
        ("Un cierre suelto) no abre nada.", []),
    ],
)
def test_words_inside_parentheses_are_found_in_the_parsed_text(text, inside):
    parsed = parse(read_document(text, "plain"), load_pipeline("es"), "es")
    starts = parenthesised(parsed.document.source, parsed.words)
    assert [word.text for word in parsed.words if word.start in starts] == inside


def test_a_gloss_in_parentheses_does_not_lengthen_the_sentence_in_the_grade():
    # The same words, with and without the parentheses: sentence length 11 vs 6, aside
    # share 0 vs 5/21, so the glossed form grades 0.23*5 - 2.9*5/21 = 0.46 lower.
    glossed = "Puede causar edema (hinchazón por acumulación de líquido) en las piernas."
    running = "Puede causar edema, hinchazón por acumulación de líquido, en las piernas."
    aside, inline = analyze(glossed, lang="es"), analyze(running, lang="es")
    assert aside.counts.words == inline.counts.words == 11
    assert inline.readability.grade - aside.readability.grade == pytest.approx(
        0.23 * 5 - 2.9 * 5 / 21, abs=1e-6)


def test_spanish_grade_does_not_depend_on_mid_frequency_words():
    assert spanish_grade(COUNTS, Vocabulary(mid=30)) == spanish_grade(COUNTS, Vocabulary())


def test_spanish_grade_rises_with_rare_words_jargon_abbreviations_and_difficulty():
    plain = spanish_grade(COUNTS, Vocabulary())
    for harder in (Vocabulary(rare=5), Vocabulary(jargon=5), Vocabulary(abbreviations=5),
                   Vocabulary(difficulty_excess=2.0)):
        assert spanish_grade(COUNTS, harder) > plain


def test_headline_grade_sees_jargon_that_syllables_miss():
    technical = "La cefalea y la epistaxis requieren valoración por el facultativo."
    lay = "El dolor de cabeza y el sangrado por la nariz los debe ver su médico."
    hard, easy = analyze(technical, lang="es"), analyze(lay, lang="es")
    assert hard.readability.grade > easy.readability.grade
    assert hard.readability.method.startswith("-1.39 + 0.23×(words outside parentheses")


def test_sol_of_text_without_polysyllables_is_not_clamped():
    counts = Counts(10, 2, 12, 0, 0, 8, 0, 40, 40)
    assert sol(counts) == pytest.approx(-2.51 + 0.74 * 3.1291, abs=1e-9)  # -0.194


@pytest.mark.parametrize(
    ("score", "band"),
    [
        (-5.0, "muy difícil"),
        (39.99, "muy difícil"),
        (40.0, "algo difícil"),
        (54.99, "algo difícil"),
        (55.0, "normal"),
        (64.99, "normal"),
        (65.0, "bastante fácil"),
        (80.0, "bastante fácil"),
        (80.01, "muy fácil"),
        (120.0, "muy fácil"),
        (None, None),
    ],
)
def test_inflesz_band_boundaries(score, band):
    assert inflesz_band(score) == band


def test_spanish_counts_on_a_text_by_hand():
    # El(1) mé-di-co(3) le(1) re-ce-ta(3) un(1) a-nal-gé-si-co(5) pa-ra(2) la(1)
    # ce-fa-le-a(4) | To-me(2) dos(1) pas-ti-llas(3) al(1) dí-a(2)
    text = "El médico le receta un analgésico para la cefalea. Tome dos pastillas al día."
    counts = analyze(text, lang="es").counts
    assert (counts.words, counts.sentences) == (14, 2)
    assert (counts.syllables, counts.polysyllables) == (30, 5)
    assert counts.monosyllables == 6
    # 206.84 - 60*30/14 - 1.02*7 = 206.84 - 128.571 - 7.14
    assert fernandez_huerta(counts) == pytest.approx(71.13, abs=0.01)
    # 206.835 - 62.3*30/14 - 7 = 206.835 - 133.5 - 7
    assert szigriszt_pazos(counts) == pytest.approx(66.34, abs=0.01)
    assert inflesz_band(szigriszt_pazos(counts)) == "bastante fácil"
    # SMOG = 1.0430*sqrt(5*30/2) + 3.1291 = 12.1617; SOL = -2.51 + 0.74*12.1617
    assert sol(counts) == pytest.approx(6.49, abs=0.01)



def test_pipeline_gives_lemmas_and_marks_ser_and_participles():
    doc = load_pipeline("es")("Fue administrada. Las vacunas fueron revisadas por Etxeberria.")
    tokens = {token.text: token for token in doc}
    assert tokens["Fue"].lemma_ == "ser" and tokens["Fue"].pos_ == "AUX"
    assert tokens["administrada"].lemma_ == "administrar"
    assert tokens["administrada"].tag_ == PARTICIPLE
    assert tokens["revisadas"].tag_ == PARTICIPLE
    assert tokens["Etxeberria"].pos_ == "PROPN"
    assert tokens["Las"].pos_ != "PROPN"  # capitalised because it starts the sentence


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Las vacunas antigripales se ponen en otoño.", "vacuna antigripal"),  # plural
        ("La dosis fue administrada ayer.", "administrar"),  # participle, feminine
        ("Las mujeres hipertensas deben medirse la presión.", "hipertenso"),  # gender, plural
        ("El médico les administró la dosis.", "administrar"),  # preterite
    ],
)
def test_inflected_forms_of_list_terms_are_found(text, term):
    # A list term most readers know ("administrar", difficulty below 0.5) is a wordy word
    # with its plainer replacement, as in English, or, where no replacement agrees
    # ("administró"), a known word that keeps its list category; either way the inflected
    # form was matched.
    terms = analyze(text, lang="es").jargon.terms
    assert term in [found.lemma for found in terms if found.category]


def test_proper_names_are_not_flagged():
    report = analyze(
        "La doctora Goikoetxea atiende en Villagarcía con el enfermero Arrizabalaga.", lang="es"
    )
    # Every word is reported with its difficulty; none is a term (they are candidates).
    assert [term.text for term in report.jargon.terms if term.kind != "candidate"] == []
    # The same rare words in lower case are flagged: it is the capital that tells a name.
    lower = analyze("la doctora dijo goikoetxea y arrizabalaga.", lang="es")
    assert {term.text for term in lower.jargon.terms if term.is_fault} == {
        "goikoetxea", "arrizabalaga"}


@pytest.mark.parametrize(("word", "base"), [
    ("toallita", "toalla"), ("gotitas", "gotas"), ("tubito", "tubo"), ("poquito", "poco"),
    ("amiguitas", "amigas"), ("cucharadita", "cucharada"),
    ("mito", None), ("grito", None), ("toalla", None),
])
def test_a_diminutive_is_made_from_its_base(word: str, base: str | None) -> None:
    assert diminutive_base(word) == base


def test_a_diminutive_is_as_familiar_as_its_base():
    # a hospital's wound-care sheet and a COVID leaflet; wordfreq has "toallita" at Zipf 2.5
    report = analyze("Con una toallita limpia, lave la herida. Las gotitas de saliva llevan "
                     "el virus.", lang="es")
    assert [term.text for term in report.jargon.terms if term.is_fault] == []
    assert [term.text for term in analyze("Use un coágulo.", lang="es").jargon.terms
            if term.is_fault] == ["coágulo"]  # a rare word that ends otherwise still is


@pytest.mark.parametrize(
    ("text", "active"),
    [
        ("La vacuna fue administrada por el médico.", "El médico administró la vacuna."),
        ("Los resultados han sido revisados por las enfermeras.",
         "Las enfermeras han revisado los resultados."),
        ("Las muestras son analizadas por los técnicos.",
         "Los técnicos analizan las muestras."),
        ("El tratamiento será explicado por su enfermera.",
         "Su enfermera explicará el tratamiento."),
        ("La receta fue escrita por la doctora Etxeberria.",
         "La doctora Etxeberria escribió la receta."),
        # the negation stays before the verb, the dose stays whole
        ("La vacuna no fue administrada por el médico.", "El médico no administró la vacuna."),
        ("La dosis de 5 mg fue recetada por el médico.", "El médico recetó la dosis de 5 mg."),
        # a person as the object takes "a"; an opening phrase stays in front
        ("El paciente fue examinado por el médico.", "El médico examinó al paciente."),
        ("Otros fueron afectados por cierres locales.", "Cierres locales afectaron a otros."),
        ("En la mayoría de los casos, la infección es causada por un virus.",
         "En la mayoría de los casos, un virus causa la infección."),
    ],
)
def test_spanish_passive_gets_pl302_with_the_active_form(text, active):
    passives = [f for f in analyze(text, lang="es").findings if f.code == "PL302"]
    assert len(passives) == 1
    assert [suggestion.replacement for suggestion in passives[0].suggestions] == [active]
    assert active in passives[0].message


def test_spanish_passive_without_agent_is_flagged_without_a_rewrite():
    passives = [f for f in analyze("El paciente fue operado ayer.", lang="es").findings
                if f.code == "PL302"]
    assert len(passives) == 1 and passives[0].suggestions == ()
    assert passives[0].text == "fue operado"


def test_spanish_passive_with_a_pronoun_before_ser_gets_no_rewrite():
    text = "La vacuna le fue puesta por la enfermera."
    [passive] = [f for f in analyze(text, lang="es").findings if f.code == "PL302"]
    assert passive.suggestions == ()


@pytest.mark.parametrize("text", [
    "La gripe es una enfermedad que es causada por un virus.",  # the passive is in a clause
    "¿Quién fue afectado por el virus?",  # a question
    # the agent is more than one noun phrase: "Los ribosomas del anfitrión en proteínas
    # estructurales traducen estos ARNm."; "El médico y la enfermera" would need a plural
    "Estos ARNm son traducidos por los ribosomas del anfitrión en proteínas estructurales.",
    "La muestra fue tomada por el médico y la enfermera.",
    # the rewrite would drop the commas
    "La cloroquina ha sido recomendada por las autoridades chinas, surcoreanas e italianas.",
    # a negative subject needs "no" ("El virus no infectó a ninguno"), a pronoun a clitic
    "Ninguno de los recién nacidos fue infectado por el virus.",
    "Usted será atendido por una enfermera.",
    "En 2010 la vacuna fue administrada por el médico.",  # an opening phrase with no comma
    # "por" says how or why, not who: "Vía oral administra el medicamento."
    "El medicamento es administrado por vía oral.",
    "El paciente fue hospitalizado por neumonía.",
])
def test_spanish_passive_in_a_clause_or_a_question_gets_no_rewrite(text):
    [passive] = [f for f in analyze(text, lang="es").findings if f.code == "PL302"]
    assert passive.suggestions == ()


@pytest.mark.parametrize(
    "text", ["El médico es amable.", "La consulta está cerrada.", "Fue a la farmacia."]
)
def test_spanish_sentences_without_a_passive_are_not_flagged(text):
    assert not [f for f in analyze(text, lang="es").findings if f.code == "PL302"]


@pytest.mark.parametrize(
    ("infinitive", "tense", "plural", "form"),
    [
        ("administrar", "preterite", False, "administró"),
        ("recetar", "present", True, "recetan"),
        ("prescribir", "imperfect", False, "prescribía"),
        ("revisar", "future", True, "revisarán"),
        ("recomendar", "present", False, "recomienda"),
        ("medir", "preterite", False, "midió"),
        ("incluir", "present", False, "incluye"),
        ("leer", "preterite", True, "leyeron"),
        ("producir", "preterite", False, "produjo"),
        ("hacer", "preterite", False, "hizo"),
        ("ir", "preterite", False, None),
    ],
)
def test_conjugate_third_person(infinitive, tense, plural, form):
    assert conjugate(infinitive, tense, plural) == form


def test_every_medicine_entry_carries_a_plain_explanation():
    medicines = [e for e in load_wordlists("es").jargon.values() if e.category == "medicine"]
    assert len(medicines) >= 300
    # The definition is the explanation ("warfarina (un anticoagulante: ...)"); the plain
    # label is there only when it is commoner than the name (not for "penicilina").
    assert all(entry.definition for entry in medicines)
    assert sum(bool(entry.plain) for entry in medicines) >= 300
    warfarina = load_wordlists("es").jargon["warfarina"]
    assert warfarina.plain == ("medicamento para evitar coágulos",)
    assert warfarina.definition.startswith("un anticoagulante")


def test_spanish_word_lists_reach_1500_entries():
    lists = load_wordlists("es")
    assert len(lists.jargon) + len(lists.abbreviations) >= 1500


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        ("Tome warfarina cada día.", "warfarina (medicamento para evitar coágulos)"),
        ("Tome enalapril cada día.", "enalapril (medicamento para la presión)"),
    ],
)
def test_a_spanish_medicine_is_explained_not_replaced(text, explained):
    [finding] = [f for f in analyze(text, lang="es").findings if f.code == "PL201"]
    assert [(s.replacement, s.action) for s in finding.suggestions] == [(explained, "explain")]


def _replacements_es(text):
    return {f.text: [s.replacement for s in f.suggestions]
            for f in analyze(text, lang="es").findings if f.code in ("PL201", "PL205")}


@pytest.mark.parametrize(
    ("text", "term", "replacements"),
    [
        # a verb listed in the infinitive: the infinitive, or the replacement's participle
        ("Hay que administrar el medicamento.", "administrar", ["dar"]),
        ("Las dosis fueron administradas.", "administradas", ["dadas"]),
        ("Han notificado muchos síntomas.", "notificado", ["informado"]),
        # "notificar" is mostly "report" in health texts: "se han notificado náuseas" is not
        # "se han avisado náuseas"
        ("Se han notificado náuseas y vómitos.", "notificado", ["informado"]),
        ("El laboratorio ha efectuado la prueba.", "efectuado", ["hecho"]),  # irregular
        # a conjugated form has no replacement that agrees ("Informe" → "Decir")
        ("Notifique al operador que busca atención.", "Notifique", []),
        # so in a verb phrase: "se lleva a cabo" → "se hacer", "llevando a cabo" → "hacer"
        ("Hay que llevar a cabo la prueba.", "llevar a cabo", ["hacer"]),
        ("El estudio fue llevado a cabo en 2020.", "llevado a cabo", ["hecho"]),
        ("El estudio se lleva a cabo en el hospital.", "lleva a cabo", []),
        ("El estudio se está llevando a cabo ahora.", "llevando a cabo", []),
        ("Se procedió a retirar el catéter.", "procedió a", []),
        # a complement agrees with nothing; a noun that ends the term keeps its gender
        ("Tiene problemas cardíacos.", "cardíacos", ["del corazón"]),
        ("Ayuda a una buena cicatrización.", "cicatrización", ["curación de la herida"]),
        # a noun after a determiner of the other gender ("la mama" → "la pecho")
        ("Hágase un examen de mama.", "mama", ["pecho"]),
        ("El bulto está en la mama.", "mama", []),
        # inside a phrase the lists offer as plain ("carcinoma ductal" → "cáncer de mama")
        ("El cáncer de mama es frecuente.", "mama", []),
        # and past an adjective between them ("una alta mortalidad" → "una alta muertes")
        ("Hubo una alta mortalidad.", "mortalidad", []),
        # nor a plural word after a singular determiner ("su sistema inmunitario" → "su
        # defensas"), though the term standing alone takes it
        ("La inmunoterapia ayuda a su sistema inmunitario.", "sistema inmunitario", []),
        ("Afecta la fertilidad y el sistema inmunitario.", "sistema inmunitario", []),
        ("Fertilidad, reproducción, sistema inmunitario.", "sistema inmunitario",
         ["defensas"]),
        ("Tome un solo comprimido.", "comprimido", []),
        ("La tasa de mortalidad bajó.", "mortalidad", ["muertes"]),
        # two terms side by side do not both become the same words (CLARA-MeD: "el cuello
        # de la matriz o cuello de la matriz")
        ("Tumor en el cérvix o cuello uterino", "cérvix", ["cuello de la matriz"]),
        ("Tumor en el cérvix o cuello uterino", "cuello uterino", []),
        # "ingesta de líquidos" is no "comida de líquidos"; "toma" is feminine as it is
        ("Se recomienda la ingesta diaria de 3000 ml de líquido.", "ingesta", ["toma"]),
        # "lugar de residencia" is no "lugar de casa", and a nutritionist no "médico"
        ("Quédese en su lugar de residencia.", "residencia", []),
        ("Consulte a un especialista en nutrición.", "especialista", []),
        ("Pacientes atendidos en atención primaria.", "atención primaria", []),
        # a participle takes a verb alone: "autorizados" is no "dados permiso"
        ("Seis medicamentos actualmente autorizados para la infección.", "autorizados", []),
        # a relative clause would take the adjective after the term as its own
        ("Hay líquido entre las pleuras visceral y parietal.", "pleuras", []),
        ("El cáncer llega a la pleura.", "pleura", ["capa que cubre los pulmones"]),
        # a noun before an adjective of the other gender ("exacerbación aguda" →
        # "empeoramiento aguda"), and the same noun alone
        ("Se estudia en exacerbación aguda.", "exacerbación", []),
        ("Se estudia en exacerbación.", "exacerbación", ["empeoramiento"]),
        ("Recibe terapia hormonal.", "terapia", ["tratamiento"]),
        # a heading in capitals keeps its capitals
        ("TOME EL MEDICAMENTO POR VÍA ORAL.", "POR VÍA ORAL", ["POR LA BOCA"]),
        # no clause for a noun ("mieloma en recaída" → "en vuelve la enfermedad"), and no
        # broader part for the part a cancer is named by ("cáncer de laringe" → "de garganta")
        ("Pacientes con mieloma múltiple en recaída.", "recaída", []),
        ("Los casos de cáncer de laringe bajaron.", "laringe", []),
    ],
)
def test_a_spanish_replacement_agrees_where_it_stands(text, term, replacements):
    assert _replacements_es(text).get(term, []) == replacements


@pytest.mark.parametrize(("text", "term"), [
    # the explanation would repeat the term's own words
    ("Pacientes con diabetes mellitus.", "diabetes mellitus"),
    ("La hemodiálisis limpia la sangre.", "hemodiálisis"),
    # a medicine word as an adjective: written feminine, or right after a noun
    ("Eficacia analgésica de la técnica.", "analgésica"),
    ("La actividad antiviral de elvitegravir es alta.", "antiviral"),
    # a negated adjective: "no metastásica (que se extendió)" reads as the opposite
    ("Es una enfermedad no metastásica.", "metastásica"),
])
def test_a_spanish_explanation_that_would_read_wrong_is_not_offered(text, term):
    found = {f.text: f.suggestions for f in analyze(text, lang="es").findings}
    assert term in found
    assert found[term] == ()


def test_a_spanish_medicine_noun_is_still_explained():
    found = {f.text: [s.replacement for s in f.suggestions]
             for f in analyze("Tome warfarina cada día.", lang="es").findings}
    assert found["warfarina"] == ["warfarina (medicamento para evitar coágulos)"]


@pytest.mark.parametrize(("text", "word"), [
    ("La cirugía para extirpar el útero se llama histerectomía.", "histerectomía"),
    # a hypertension leaflet: "puede llamarse" names it as "se llama" does
    ("La presión arterial elevada también puede llamarse prehipertensión.", "prehipertensión"),
])
def test_a_term_the_sentence_names_with_se_llama_is_explained(text: str, word: str) -> None:
    [term] = [t for t in analyze(text, lang="es").jargon.terms if t.text == word]
    assert term.explained


@pytest.mark.parametrize(("text", "frequency"), [
    ("El tratamiento redujo la carga viral en un 90 % en dos semanas.", False),  # a change
    ("El 20 % de los casos se ven en niños.", True),
    ("La enfermedad aparece en un 20 % de los pacientes.", True),  # a share of people
])
def test_spanish_percentages_get_a_frequency_only_when_they_are_a_share(text: str,
                                                                       frequency: bool):
    found = [f for f in analyze(text, lang="es").findings if f.code == "PL507"]
    assert bool(found[-1].suggestions) is frequency


def test_a_spanish_noun_replacement_of_the_other_gender_is_not_offered():
    found = analyze("El cáncer comienza en la mama.", lang="es").findings
    assert not [s for f in found for s in f.suggestions if s.replacement == "pecho"]


def test_english_passive_with_not_gets_no_rewrite():
    # The rule is shared with English: "The nurse not gave the shot." must never be offered.
    [passive] = [f for f in analyze("The shot was not given by the nurse.").findings
                 if f.code == "PL302"]
    assert passive.suggestions == ()


# --- a verb is as familiar as all its forms (issue 10) -------------------------------------

def test_a_lemma_is_as_frequent_as_the_words_it_is_the_lemma_of():
    table = {"recetar": 2e-7, "recetó": 3e-7, "receta": 1.5e-5, "dolor": 9e-5, "supurar": 1e-8}
    lemmas = {"recetó": "recetar", "receta": "recetar"}
    zipfs = lemma_zipfs(table, lambda word: lemmas.get(word, word))
    assert zipfs == {"recetar": round(log10(2e-7 + 3e-7 + 1.5e-5) + 9, 2)}


@pytest.mark.parametrize("text", [
    "Tome el medicamento que le recetó su médico.",
    "Le recetaron un antibiótico.",
    "Use solo el medicamento recetado.",
    "Es la dosis recetada por su médico.",
    "Necesita una receta médica.",
])
def test_forms_of_a_verb_every_reader_knows_are_not_rare(text):
    # wordfreq puts "recetó", "recetado" and the infinitive "recetar" below Zipf 3, but with
    # "receta", "recetas", … the verb is common.
    terms = analyze(text, lang="es").jargon.terms
    assert [term.text for term in terms if term.kind == "rare" or term.is_fault] == []


@pytest.mark.parametrize(("word", "lemma"), [
    ("recetó", "recetar"), ("receta", "recetar"),  # the table takes the noun for the verb
    ("tómelo", "tomar"), ("pídala", "pedir"), ("póngaselo", "poner"), ("lávese", "lavar"),
    ("llámenos", "llamar"), ("dárselo", "dar"), ("tomándolo", "tomar"),
    # an infinitive takes its pronouns without a written accent
    ("sonarse", "sonar"), ("tomarlo", "tomar"), ("lavarse", "lavar"), ("ponérselo", "poner"),
    # Not verbs with pronouns: a noun's plural, a demonstrative, a noun.
    ("escándalos", "escándalos"), ("éste", "éste"), ("dolor", "dolor"),
])
def test_verb_lemma_by_the_lookup_and_through_object_pronouns(word, lemma):
    grammar = DEFAULT_ENGINES.get("es").profile.grammar
    assert grammar is not None
    assert grammar.verb_lemma(word) == lemma


@pytest.mark.parametrize(("text", "verb"), [
    ("Tómelo con comida.", "Tómelo"),
    ("Llámenos si tiene preguntas.", "Llámenos"),
    ("Lávese las manos con jabón.", "Lávese"),
    ("Póngaselo en la piel seca.", "Póngaselo"),
    ("Recuerde sonarse la nariz con un pañuelo.", "sonarse"),
])
def test_an_imperative_with_pronouns_is_as_familiar_as_its_verb(text, verb):
    # wordfreq has these forms below Zipf 3 (or not at all), and the lookup table lacks them.
    terms = analyze(text, lang="es").jargon.terms
    assert verb not in [term.text for term in terms if term.kind == "rare" or term.is_fault]


def test_a_verb_whose_forms_are_all_rare_is_still_flagged():
    terms = analyze("La herida supuró durante días.", lang="es").jargon.terms
    assert [(term.text, term.kind) for term in terms if term.is_fault] == [("supuró", "rare")]


@pytest.mark.parametrize(("text", "term", "refused"), [
    # plain words that changed the meaning or the grammar in CLARA-MeD texts
    ("Pacientes con diagnóstico de periodontitis.", "diagnóstico", "lo que tiene"),
    ("Es importante para determinar el pronóstico.", "pronóstico", "lo que se espera"),
    ("Es un estudio aleatorizado.", "aleatorizado", "al azar"),
    ("Tiene un ictus isquémico agudo.", "agudo", "de repente"),
    ("Efectos a largo plazo en la retina.", "plazo", "tiempo"),
    ("Afecta a la pelvis.", "pelvis", "cadera"),
])
def test_a_spanish_plain_word_that_changes_the_meaning_is_not_offered(text, term, refused):
    assert refused not in _replacements_es(text).get(term, [])


@pytest.mark.parametrize("text", ["Acuda a urgencias de inmediato.", "Vaya a urgencias."])
def test_a_spanish_preposition_a_is_no_english_article(text):
    # "a" before the term is the preposition, not the article "a"/"an" of English: the
    # plain word replaces the term alone ("an emergencias" was offered)
    [finding] = [f for f in analyze(text, lang="es").findings if f.code == "PL205"]
    [suggestion] = finding.suggestions
    assert (text[suggestion.start:suggestion.end], suggestion.replacement) == (
        "urgencias", "emergencias")
