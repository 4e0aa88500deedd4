"""Jargon on real sentences: found, explained, defined once and reused, and rewritten."""

import pytest
from literacy_support import TERM_THRESHOLD

from literacy import Engine, analyze, apply_suggestions
from literacy.difficulty import DEFAULT_THRESHOLD
from literacy.jargon import _abbreviation_defined, indefinite_article


def _terms(text):
    """The terms found (not the other words, reported as candidates with their difficulty)."""
    return {term["text"]: term for term in analyze(text).to_dict()["jargon"]["terms"]
            if term["kind"] != "candidate"}


@pytest.mark.parametrize(
    ("text", "term", "lemma"),
    [
        ("He had two myocardial infarctions last year.", "myocardial infarctions",
         "myocardial infarction"),
        ("The medicine was administered at noon.", "administered", "administer"),
        ("Check your blood glucose levels every morning.", "blood glucose levels",
         "blood glucose level"),
        ("Your hyperlipidemia needs treatment.", "hyperlipidemia", "hyperlipidemia"),
    ],
)
def test_listed_terms_are_found_by_lemma_and_across_words(text, term, lemma):
    found = _terms(text)
    # a listed word most adults know, with a plainer word, is a wordy word ("administer")
    assert found[term]["kind"] in ("list", "wordy")
    assert found[term]["lemma"] == lemma
    assert found[term]["explained"] is False


@pytest.mark.parametrize(
    "text",
    [
        "Your hypertension (high blood pressure) is under control.",
        "Your high blood pressure (hypertension) is under control.",
        "Your hypertension, or high blood pressure, is under control.",
    ],
)
def test_term_explained_in_place_is_not_a_fault(text):
    found = _terms(text)
    assert found["hypertension"]["explained"] is True
    report = analyze(text).to_dict()
    assert not [f for f in report["findings"] if f["text"] == "hypertension"]


def test_acronym_defined_once_is_explained_where_it_is_reused():
    text = ("Chronic obstructive pulmonary disease (COPD) makes it hard to breathe. "
            "COPD gets worse over time. Smoking makes COPD worse.")
    terms = [t for t in analyze(text).to_dict()["jargon"]["terms"] if t["text"] == "COPD"]
    assert len(terms) == 3
    assert all(term["explained"] for term in terms)


def test_undefined_acronym_is_a_finding_with_its_plain_form():
    report = analyze("Take 1 tablet PRN for pain.").to_dict()
    finding = next(f for f in report["findings"] if f["code"] == "PL202")
    assert finding["text"] == "PRN"
    assert finding["suggestions"][0]["replacement"] == "as needed"


def test_rare_word_found_by_no_list():
    # "sphygmomanometer" is in no word list but is rare; "empagliflozinate" is built
    # from a drug stem and appears nowhere.
    found = _terms("The nurse used a sphygmomanometer. Take the zelbrafozinate daily.")
    assert found["sphygmomanometer"]["kind"] in ("rare", "morphology", "list")
    assert found["zelbrafozinate"]["kind"] in ("rare", "morphology")


def test_proper_names_are_not_jargon():
    found = _terms("Dr. Okonkwo at Mercy Hospital in Baltimore will call you.")
    assert not {"Okonkwo", "Mercy", "Baltimore", "Hospital"} & set(found)


def test_a_medical_word_that_opens_a_sentence_is_jargon_though_tagged_a_name():
    # the tagger calls a capitalised rare word a name; built like a medical term, it is not
    found = _terms("Phenylketonuria can cause brain damage if it is not treated.")
    assert found["Phenylketonuria"]["kind"] == "morphology"


def test_a_rare_lowercase_word_the_tagger_calls_a_name_is_jargon():
    # a name is written with a capital; "melena" here is tagged as one, and is a word
    # readers do not know
    found = _terms("You may notice melena after the surgery.")
    assert found["melena"]["kind"] == "rare"


def test_numbers_and_units_after_numbers_are_not_jargon():
    found = _terms("Take 2.5 mg twice a day for 10 days.")
    assert not found


def test_suggestion_keeps_inflection_and_capital():
    report = analyze("Administer one pill. The pills were administered daily.")
    replacements = {f.text: f.suggestions[0].replacement for f in report.findings
                    if f.code in ("PL201", "PL205")}
    assert replacements["Administer"] == "Give"
    assert replacements["administered"] == "given"


def _replacements(text):
    return {f.text: [s.replacement for s in f.suggestions]
            for f in analyze(text).findings if f.code in ("PL201", "PL205")}


@pytest.mark.parametrize(("text", "term"), [
    # a plain word for the adjective would rename the thing: "sudden leukemia"
    ("Adults are more likely to develop acute leukemia.", "acute"),
    ("She had two or more spontaneous miscarriages.", "spontaneous"),
    ("A normal abdominal aorta is about 2 cm wide.", "abdominal"),
    ("Severe acute respiratory syndrome is rare.", "acute"),
    ("Read about pediatric pneumonia.", "pediatric"),
    ("Children with kernicterus may have cerebral palsy.", "cerebral"),
    ("It can damage the brain and spinal cord.", "spinal"),
    # "and/or" makes the tagger call "spinal" a name (a CDC vaccine sheet's "swelling of the
    # brain and/or spinal cord covering")
    ("It can cause swelling of the brain and/or spinal cord covering.", "spinal"),
    ("Alternatively, spontaneous vulvodynia occurs when nothing sets off the pain.",
     "spontaneous"),
    # before a noun phrase only one word can stand: "of unknown cause pulmonary fibrosis"
    ("Idiopathic pulmonary fibrosis is rare.", "Idiopathic"),
    # a kind noun passes the naming on to what it is a kind of (a CDC leukemia page)
    ("Acute forms of leukemia progress rapidly.", "Acute"),
    ("Chronic types of lymphoma grow slowly.", "Chronic"),
])
def test_no_plain_word_renames_a_technical_thing(text, term):
    assert _replacements(text).get(term, []) == []


def test_a_plain_word_for_a_kind_of_an_everyday_thing_is_offered():
    assert _replacements("Acute forms of pain need care.")["Acute"][0] == "Sudden"


def test_no_plain_word_makes_a_definition_say_itself():
    # "Long-term pain is pain that lasts a long time" would define the term by itself
    text = "Chronic pain is pain that lasts a long time. Chronic pain can be treated."
    report = analyze(text)
    offered = [(f.span.start, s.replacement) for f in report.findings if f.code == "PL205"
               for s in f.suggestions]
    assert offered == [(text.index("Chronic pain can"), "Long-term")]


@pytest.mark.parametrize(("text", "term", "replacement"), [
    ("It causes fatigue, abdominal pain, diarrhea and fever.", "abdominal", "belly"),
    ("It is an acute infection.", "acute", "sudden"),
    ("Chronic exposure to benzene can cause it.", "Chronic", "Long-term"),
    ("It is the effect of hazardous substances.", "hazardous", "dangerous"),
    ("The pain is acute.", "acute", "sudden"),
    ("Please provide additional information.", "additional", "more"),
])
def test_a_plain_word_for_an_everyday_thing_is_still_offered(text, term, replacement):
    assert replacement in " ".join(_replacements(text)[term])


@pytest.mark.parametrize(("text", "term", "kept", "refused"), [
    # a replacement ending in a preposition needs an object where the term stands
    ("The germs can infect other people.", "infect", ["spread germs to"], []),
    ("About 200 million people are infected worldwide.", "infected", [], ["spread germs to"]),
    ("The inner eyelid is exposed, which can hurt.", "exposed", [], ["in contact with"]),
    ("People are exposed to mold every day.", "exposed to", ["in contact with"], []),
    ("Many people continue to smoke.", "continue to", [], ["keep on"]),
    ("Health issues are addressed in these decisions.", "addressed", ["dealt with"], []),
    ("They mail their requests for the books.", "requests", [], ["ask for"]),
    # the phrase with its own preposition, not "contact to", "at risk to"
    ("It is hard to prevent exposure to the fungus.", "exposure to", ["contact with"], []),
    ("Children are susceptible to adverse effects.", "susceptible to", ["at risk of"], []),
])
def test_a_replacement_ending_in_a_preposition_needs_an_object(text, term, kept, refused):
    options = _replacements(text).get(term, [])
    assert all(option in options for option in kept)
    assert not set(refused) & set(options)


@pytest.mark.parametrize(("phrase", "article"), [
    ("HIV medicine", "an"), ("MRI", "an"), ("STD", "an"), ("UTI", "a"), ("COPD", "a"),
    ("blood thinner", "a"), ("allergy medicine", "an"), ("hour", "an"), ("useful test", "a"),
    # a "u" said "yoo" before one consonant and a vowel, not in "un-" words or before two
    ("urine test", "a"), ("uterus", "a"), ("unusual shape", "an"), ("ulcer", "an"),
    ("ultrasound", "an"),
])
def test_the_indefinite_article_goes_by_sound(phrase, article):
    assert indefinite_article(phrase) == article


def _explanations(text, threshold=DEFAULT_THRESHOLD):
    return {f.text: [s.replacement for s in f.suggestions if s.action == "explain"]
            for f in analyze(text, jargon_threshold=threshold).findings if f.code == "PL201"}


@pytest.mark.parametrize(("text", "term"), [
    # brackets inside the brackets
    ("Pollution raises rates of bronchitis.", "bronchitis"),
    # a definition with a word harder than the term
    ("Severe reactions require epinephrine.", "epinephrine"),
    # a definition of a verb after a noun
    ("Symptoms include coughing or wheezing.", "wheezing"),
    # brackets that would split a noun phrase
    ("Your doctor may prescribe antiviral medicine.", "antiviral"),
    ("Opioid Use Disorder can happen to anyone.", "Opioid"),
    ("Smallpox is caused by the Variola major virus.", "Variola"),
    # brackets the sentence already has around the term, or after it
    ("Treatments include opiates, sedatives (phenobarbitone or diazepam) and care.",
     "diazepam"),
    ("Pregabalin, common nerve pain medication, helps.", "Pregabalin"),
    ("Glioblastoma, a type of brain cancer, is rare.", "Glioblastoma"),
    ("Alternative HT (AI or tamoxifen - an estrogen-influencing drug) was offered.",
     "tamoxifen"),
    # what the words beside the term already say: no tautology
    ("It does not affect alcohol or the blood thinner warfarin.", "warfarin"),
    ("He starts developing worsening edema, swelling caused by too much fluid.", "edema"),
    ("Attention deficit hyperactivity disorder or ADHD was common.",
     "Attention deficit hyperactivity disorder"),
])
def test_no_explanation_that_reads_wrong_in_place(text, term):
    assert _explanations(text).get(term, []) == []


@pytest.mark.parametrize(("text", "explained"), [
    ("Risk factors include atherosclerosis.", "atherosclerosis (hardening of the arteries)"),
    ("Take an antihistamine or a bronchodilator.", "bronchodilator (an airway-opening medicine)"),
    ("They may wheeze and cough.", "wheeze (to breathe with a whistling sound)"),
    ("Take abacavir today.", "abacavir (an HIV medicine)"),
    ("The rash is caused by tinea.", "tinea (ringworm)"),
])
def test_an_explanation_that_reads_right_is_offered(text, explained):
    assert explained in [option for options in _explanations(text).values()
                         for option in options]


def test_a_participle_before_a_noun_takes_an_adjective_as_it_is():
    assert _replacements("Do not drink contaminated water.")["contaminated"][0] == "dirty"
    assert _replacements("He had decreased appetite.")["decreased"][0] == "reduced"
    # unless the plain word is mostly a verb: "collected" is commoner than "collect"
    assert _replacements("A laxative softens the accumulated stool.")["accumulated"] == [
        "collected"]
    # a participle in the passive is inflected, the regular way ("spoiled", not "spoilt")
    assert _replacements("The water was contaminated by sewage.")["contaminated"] == [
        "dirtied", "spoiled"]


def test_after_have_a_participle_gets_only_words_that_read_the_same_as_verb_or_adjective():
    # "have prioritized safety" is a verb, "had decreased appetite" an adjective: "rank" and
    # "lower" would be right for one reading only ("We have rank safety")
    assert _replacements("We have prioritized safety.").get("prioritized", []) == []
    assert "lower" not in _replacements("He had decreased appetite.")["decreased"]
    assert _replacements("Doctors prioritized changes to care.")["prioritized"] == ["ranked"]


def test_a_singular_latin_noun_the_tagger_calls_plural_keeps_a_singular_explanation():
    assert _explanations("You may have dyspnea.")["dyspnea"] == ["dyspnea (trouble breathing)"]
    assert _explanations("Take diuretics daily.")["diuretics"] == ["diuretics (water pills)"]


def test_after_a_plural_the_plain_name_agrees_and_an_uncountable_one_stays():
    # the head takes the plural, before a preposition or in a hyphenated word; "damage"
    # and "decay" have no plural here ("damages" are money)
    assert _explanations("Chest radiographs were normal.")["radiographs"] == [
        "radiographs (x-rays)"]
    assert _explanations("He had anal fissures.", threshold=TERM_THRESHOLD)["anal fissures"] == [
        "anal fissures (tears in the anus)"]
    assert _explanations("Cranial neuropathies are rare.")["neuropathies"] == [
        "neuropathies (nerve damage)"]
    assert _explanations("Fluoride prevents caries in children.")["caries"] == [
        "caries (tooth decay)"]


def test_a_negated_adjective_gets_no_explanation():
    assert not _explanations("The cancer is not metastatic.").get("metastatic")
    assert _explanations("The cancer is metastatic.")["metastatic"] == [
        "metastatic (spreading)"]


@pytest.mark.parametrize(("text", "replacements"), [
    ("The drug is given IV twice a day.", ["into a vein"]),
    ("Take one tablet PO daily.", ["by mouth"]),
    # a prepositional phrase does not follow a preposition, article or number, nor stand
    # before a noun (the tagger calls "prednisolone" a participle here)
    ("It is given by IV.", []),
    ("You may need an IV.", []),
    ("She received 12 mg of IV lorazepam.", []),
    ("How the body clears IV prednisolone from plasma is unclear.", []),
])
def test_a_prepositional_phrase_replaces_only_a_term_said_of_how(text, replacements):
    assert [s.replacement for f in analyze(text).findings if f.code == "PL202"
            for s in f.suggestions] == replacements


@pytest.mark.parametrize("text", [
    "Most had ovarian cancer (stages III and IV).",
    "It was a Phase IV randomised trial.",
    "Appropriate staging (I through IV) is essential.",
    "Severe heart failure (NYHA III and IV) was studied.",
])
def test_a_roman_numeral_is_no_abbreviation(text):
    assert "IV" not in {term.text for term in analyze(text).jargon.terms
                        if term.kind != "candidate"}


@pytest.mark.parametrize(("text", "lang", "flagged"), [
    # a hospital's Spanish discharge sheet: no word of a heading in capitals is an acronym
    ("## ¿CÓMO CUIDO MIS INCISIONES?", "es", {"INCISIONES"}),
    # but a listed abbreviation is, and so is a code with digits
    ("TAKE YOUR COPD MEDS", "en", {"COPD"}),
    ("ESTUDIO DE BRCA1 EN MUJERES", "es", {"BRCA1"}),
])
def test_a_sentence_in_capitals_holds_no_unlisted_acronym(text, lang, flagged):
    report = analyze(text, lang=lang, format="markdown")
    assert {term.text for term in report.jargon.terms if term.is_fault} == flagged


@pytest.mark.parametrize(("text", "meaning", "replacements"), [
    ("The risk was lower (RR 0.73, 95% CI 0.65 to 0.81).", "relative risk", []),
    ("Check the pulse and RR every hour.", "respiratory rate", ["breathing rate"]),
    ("Pain fell more with exercise (MD -9.65, 95% CI -22.04 to 2.73).", "mean difference",
     []),
    ("HRT may ease hot flashes after menopause.", "hormone replacement",
     ["HRT (hormone therapy)"]),
    # a warfarin guide's "PT test" is a clotting test, not physical therapy
    ("This is called an INR test or sometimes a PT test.", "prothrombin time", []),
    ("You may need PT to walk again after knee surgery.", "physical therapy",
     ["physical therapy"]),
])
def test_an_abbreviation_with_several_meanings_takes_the_one_its_context_names(
        text, meaning, replacements):
    finding = next(f for f in analyze(text).findings if f.code == "PL202")
    assert meaning in finding.message
    assert [s.replacement for s in finding.suggestions] == replacements


@pytest.mark.parametrize("text", ["Get the latest on COVID-19, flu, and RSV.",
                                  "Nutrition is important during the COVID-19 crisis.",
                                  "Learn CPR today."])
def test_an_abbreviation_that_is_its_own_plain_word_is_not_flagged(text):
    # the list's plain word for "COVID-19" is "COVID-19": it was flagged, and "replaced" by
    # itself
    assert not [f for f in analyze(text).findings
                if f.code == "PL202" and f.text in ("COVID-19", "CPR")]


def test_an_abbreviation_whose_meaning_the_context_does_not_name_gets_no_replacement():
    finding = next(f for f in analyze("The RR was recorded.").findings if f.code == "PL202")
    assert not finding.suggestions
    assert "does not define" in finding.message


def test_a_medicine_word_said_of_something_as_an_adjective_gets_no_medicine_explanation():
    # "The drug is antiviral (a virus-fighting medicine)" reads wrong ...
    assert not _explanations("The drug is antiviral.").get("antiviral")
    assert not _explanations("This cream is also antifungal.").get("antifungal")
    # ... but a medicine's name after "is" is a name, whatever the tagger calls it
    assert _explanations("Your medicine is warfarin.")["warfarin"] == [
        "warfarin (a blood thinner)"]
    assert _explanations("The medicine is phenobarbital.")["phenobarbital"] == [
        "phenobarbital (a seizure medicine)"]
    assert _explanations("Take a diuretic every day.")["diuretic"] == [
        "diuretic (a water pill)"]


@pytest.mark.parametrize(("text", "term", "explained"), [
    # the term's own words are no explanation ("Hemoglobin A1c (an A1C)") …
    ("Hemoglobin A1c for the diagnosis of diabetes.", "Hemoglobin A1c", []),
    # … but other words that share letters with it are
    ("Born by cesarean section after a pregnancy.", "cesarean section",
     ["cesarean section (a C-section)"]),
    ("Patients who are comatose or sick.", "comatose", ["comatose (in a coma)"]),
])
def test_an_explanation_that_only_repeats_the_term_is_not_offered(text, term, explained):
    assert _explanations(text, threshold=TERM_THRESHOLD)[term] == explained


def test_a_spanish_explanation_that_writes_the_term_together_is_not_offered():
    report = analyze("Vacuna contra la difteria, el tétanos y la tos ferina.", lang="es")
    options = [s.replacement for f in report.findings if f.text == "tos ferina"
               for s in f.suggestions]
    assert "tos ferina (tosferina)" not in options


def test_a_term_listed_as_written_is_not_inflected_again():
    # "prolonged" is listed as such, with "long" and "lasting a long time": not "longed"
    options = _replacements("People who have prolonged contact can get it.")["prolonged"]
    assert options and all(not option.endswith("ed") for option in options)
    assert "long" in options


def test_named_condition_is_kept_and_explained_at_first_use():
    report = analyze("Hyperlipidemia is common. Hyperlipidemia can be treated.")
    first, later = sorted((f for f in report.findings if f.code == "PL201"),
                          key=lambda f: f.span.start)
    assert [(s.replacement, s.action, s.applicability) for s in first.suggestions] == [
        ("Hyperlipidemia (high cholesterol)", "explain", "safe")
    ]
    assert later.suggestions == ()


def test_applied_rewrite_reads_correctly():
    text = "Hyperlipidemia is common. The pills were administered daily."
    report = analyze(text)
    chosen = [f.suggestions[0] for f in report.findings if f.code in ("PL201", "PL205")]
    assert apply_suggestions(text, chosen) == (
        "Hyperlipidemia (high cholesterol) is common. The pills were given daily."
    )


def test_jargon_density_and_98_percent_rule():
    report = analyze("The patient had nephrolithiasis and hyperlipidemia.").to_dict()
    jargon = report["jargon"]
    assert jargon["density"] == pytest.approx(2 / 6, abs=0.01)
    assert jargon["vocabulary"]["meets_98_percent"] is False
    plain = analyze("Take one pill with food each day.").to_dict()["jargon"]
    assert plain["density"] == 0
    assert plain["vocabulary"]["meets_98_percent"] is True


def test_sentence_stacking_jargon_is_flagged():
    report = analyze("Postoperative hypotension and tachycardia may indicate hypovolemia.")
    assert [f.code for f in report.findings].count("PL303") == 1


def test_passive_voice_with_agent_gets_an_active_form():
    report = analyze("The shot was given by the nurse.")
    finding = next(f for f in report.findings if f.code == "PL302")
    assert finding.suggestions[0].replacement == "The nurse gave the shot."


@pytest.mark.parametrize(("text", "active"), [
    # an opening phrase ended by a comma stays in front
    ("In 2010, the vaccine was given by nurses.", "In 2010, nurses gave the vaccine."),
    ("The rash is usually caused by a virus.", "A virus usually causes the rash."),
    ("He was treated by the nurse.", "The nurse treated him."),
    ("A computer program is written by a programmer.", "A programmer writes a computer program."),
    # an adverb of manner follows the object: not "Music critics well received the album."
    ("The album was well received by music critics.", "Music critics received the album well."),
])
def test_passive_voice_rewrite_keeps_the_sentence_in_order(text: str, active: str) -> None:
    [passive] = [f for f in analyze(text).findings if f.code == "PL302"]
    assert [suggestion.replacement for suggestion in passive.suggestions] == [active]


@pytest.mark.parametrize(("text", "format"), [
    # the passive is in a clause: "A virus causes Mumps is a contagious disease that."
    ("Mumps is a contagious disease that is caused by a virus.", "plain"),
    # an opening phrase with no comma is not told from the subject: "Nurses check after
    # surgery the wound."
    ("After surgery the wound is checked by nurses.", "plain"),
    # the rewrite would drop the commas: "Nurses give the shot like the pill."
    ("The shot, like the pill, is given by nurses.", "plain"),
    # "by" says how or when, not who: "Mouth gives both of these drugs."
    ("Both of these drugs are given by mouth.", "plain"),
    ("The camps were closed by October 1942.", "plain"),
    # an agent with a clause of its own: "The place the river drains arrange this list."
    ("This list is arranged by the place the river drains.", "plain"),
    # a question, here a heading: "It affects how many children have … and who?"
    ("## How Many Children Have Tourette Syndrome and Who Is Affected by It?\n\nText.",
     "markdown"),
])
def test_passive_voice_in_a_clause_or_a_question_gets_no_rewrite(text, format):
    [passive] = [f for f in analyze(text, format=format).findings if f.code == "PL302"]
    assert passive.suggestions == ()


@pytest.mark.parametrize(("text", "passive"), [
    # a state, not an action: no actor to name (a hospital discharge sheet)
    ("You are constipated or have diarrhea.", False),
    ("The wound is infected.", False),
    ("Most babies are born healthy.", False),
    # with its agent, the same participle is a passive
    ("The wound was infected by germs from the soil.", True),
    # "be" and the participle are parted by a comma: "PRF second best followed CRF
    # treatment." was offered
    ("CRF treatment was second best, followed by PRF.", False),
])
def test_a_participle_that_names_a_state_is_no_passive(text: str, passive: bool) -> None:
    assert any(f.code == "PL302" for f in analyze(text).findings) is passive


def test_overlapping_suggestions_apply_only_once():
    text = "Please utilize the form."
    report = analyze(text)
    finding = next(f for f in report.findings if f.text == "utilize")
    assert len(finding.suggestions) >= 1
    twice = [*finding.suggestions, *finding.suggestions]
    first = finding.suggestions[0].replacement
    assert apply_suggestions(text, twice) == f"Please {first} the form."


def test_substitute_that_is_not_a_verb_is_not_inflected_like_one():
    report = analyze("We called regarding your results.")
    finding = next(f for f in report.findings if f.text == "regarding")
    assert finding.suggestions[0].replacement == "about"


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("Hypertension is a condition in which blood pushes too hard on the vessels.",
         "Hypertension"),
        ("Hypertension is the medical term for high blood pressure.", "Hypertension"),
        ("Ask about the diabetes drug metformin.", "metformin"),
        # an everyday kind of medicine says what the medicine is
        ("Take the antibiotic amoxicillin.", "amoxicillin"),
        ("Your physician prescribed amoxicillin, an antibiotic.", "amoxicillin"),
        ("Watch for signs of the infection sepsis.", "sepsis"),
        # a kind of medicine most adults know names its members, which may follow it in
        # brackets (an opioid safety sheet)
        ("Prescription opioids (like hydrocodone and oxycodone) are strong.", "oxycodone"),
        # examples say what the term covers
        ("Some people get spine malformations such as a hunched back.", "malformations"),
        ("Some people get spine malformations, i.e. a bent back.", "malformations"),
        ("Some people get spine malformations (e.g., a hunched back).", "malformations"),
        ("Some people get spine malformations, e.g. a hunched back.", "malformations"),
        # "is the" followed by what the term is, not by a rank or a role
        ("Fibrillation is the quivering of the top chamber of the heart.", "Fibrillation"),
        ("Swollen glands are often referred to as parotitis.", "parotitis"),
        ("The most common type of eczema is atopic dermatitis.", "atopic"),
        ("Osteoarthritis is the most common type of arthritis.", "Osteoarthritis"),
        # a short list that opens a sentence is defined together (a fever handout)
        ("Acetaminophen and naproxen are over-the-counter medicines that relieve pain.",
         "naproxen"),
        ("Bronchitis, pneumonia and sinusitis are infections of the airways.", "sinusitis"),
        # a class noun after "are"
        ("Nematodes are parasites that live in the gut.", "Nematodes"),
    ],
)
def test_a_definition_or_a_class_noun_of_the_terms_kind_explains_it(text, term):
    assert _terms(text)[term]["explained"] is True


@pytest.mark.parametrize(
    ("text", "species"),
    [
        ("Listeriosis is caused by Listeria monocytogenes, bacteria found in soil.",
         "monocytogenes"),
        ("It is caused by a bacterium called Clostridium botulinum.", "botulinum"),
        ("A photo of Cryptococcus neoformans under a microscope.", "neoformans"),
        ("Picture of Chrysops silacea feeding on a volunteer.", "silacea"),
        ("Infection caused by S. hominis and S. suihominis is mild.", "suihominis"),
    ],
)
def test_the_species_of_an_organisms_latin_name_is_part_of_the_name(text, species):
    """A binomial name is a name: its species, after the genus or its initial, is no word
    to learn or replace, as the capitalised genus is none."""
    assert species not in _terms(text)


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # not a Latin ending, or no genus before it
        ("Diagnosis is made by finding Sarcocystis sporocysts in stool.", "sporocysts"),
        ("Picture of a silacea feeding on a volunteer.", "silacea"),
    ],
)
def test_a_rare_word_after_a_genus_or_without_one_is_still_found(text, term):
    assert _terms(text)[term]["flagged"] is True


@pytest.mark.parametrize(
    ("text", "term"),
    [
        # "is the …" ranks or describes the term; it does not say what it is
        ("Nephrectomy is the usual treatment for this tumor.", "Nephrectomy"),
        ("Nephrectomy is the most common treatment for this tumor.", "Nephrectomy"),
        ("Nephrectomy is the second treatment they try.", "Nephrectomy"),
        # a clause joined after a comma, a negation, a ranking "the": no class gloss
        ("Take metformin, and tell us if your disease gets worse.", "metformin"),
        ("Mesothelioma is not a disease of the blood.", "Mesothelioma"),
        # a list after a verb is no subject: "taking" is what is said to be a way
        ("Taking naproxen and aspirin are ways to ease pain.", "naproxen"),
        ("Naproxen and aspirin are the medicines doctors use most.", "Naproxen"),
        # such a kind before a word is a modifier, not its class
        ("Pain fell with opioid analgesics.", "analgesics"),
        # "cancer" modifies "incidence rates" here: an incidence rate is not a cancer
        ("Experts use breast cancer incidence rates to estimate risk.", "incidence rates"),
    ],
)
def test_a_ranking_or_a_modifier_of_another_kind_does_not_explain_a_term(text, term):
    assert _terms(text)[term]["explained"] is False


@pytest.mark.parametrize("text", [
    "Los opioides, a veces llamados narcóticos, son un tipo de medicamento. Los opioides "
    "afectan la respiración.",
    "Los opioides son un tipo de medicamento fuerte. Tome los opioides con cuidado.",
    "Le pueden recetar opioides, es decir, medicamentos fuertes para el dolor.",
])
def test_spanish_text_that_explains_a_term_counts(text: str) -> None:
    report = Engine.load("es").analyze(text)
    assert not [term for term in report.jargon.terms if term.is_fault and term.lemma == "opioide"]


def test_a_spanish_term_the_text_does_not_explain_is_flagged() -> None:
    report = Engine.load("es").analyze("Tome los opioides con agua. No mezcle opioides y alcohol.")
    assert [term for term in report.jargon.terms if term.is_fault and term.lemma == "opioide"]


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # MedlinePlus gives a page's other names under its title: the page explains them
        ("# Head lice\n\nAlso called: Pediculosis\n\nPediculosis spreads by close contact.",
         "Pediculosis", True),
        ("# Head lice\n\nPediculosis spreads by close contact.", "Pediculosis", False),
        # an abbreviation spelled out after "for" (its words' initials are its letters)
        ("The nasal spray (sometimes called LAIV for “Live Attenuated Influenza Vaccine”) "
         "is one choice. LAIV is given in the nose.", "LAIV", True),
        ("Take two tablets PRN for pruritus.", "PRN", False),
        # ... or given after a comma and "or"
        ("It is called a sexually transmitted disease, or STD, and it can spread. An STD "
         "can be treated.", "STD", True),
        ("It is common, or STD is.", "STD", False),
    ],
)
def test_other_names_and_abbreviations_spelled_out_after_for(text, term, explained):
    terms = [t for t in analyze(text, format="markdown").to_dict()["jargon"]["terms"]
             if t["text"] == term and t["kind"] != "candidate"]
    assert terms
    assert all(t["explained"] is explained for t in terms)


def test_a_word_after_per_is_read_as_a_unit():
    found = _terms("Blood lead above 10 micrograms per deciliter is too high.")
    assert "deciliter" not in found


def test_an_abbreviation_spelled_out_counts_whatever_its_case_later():
    terms = [t for t in analyze("Von Willebrand disease (vWD) is common. VWD causes bleeding."
                                ).jargon.terms if t.kind == "abbreviation"]
    assert [t.text for t in terms] == ["vWD", "VWD"]
    assert all(t.explained for t in terms)


def test_a_dash_between_words_without_spaces_separates_them():
    found = _terms("See a reproductive endocrinologist—a doctor who treats it.")
    assert "endocrinologist—a" not in found
    assert found["endocrinologist"]["explained"] is True  # the dash opens its gloss


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Read the NICHD fact sheet on lactose intolerance.", "NICHD"),
        ("Source: NIH MedlinePlus.", "NIH"),
        ("Cases were reported in MMWR last week.", "MMWR"),
    ],
)
def test_an_organisations_initials_are_a_name_not_jargon(text, name):
    assert name not in _terms(text)
    assert not any(t.is_fault for t in analyze(text).jargon.terms if t.text == name)


def test_initials_not_listed_as_a_name_are_still_jargon():
    # the same shape as "NICHD", but a clinical abbreviation nobody has spelled out
    assert _terms("Your ABPI was low at the last visit.")["ABPI"]["kind"] == "abbreviation"


@pytest.mark.parametrize("text", ["Do not share hairbrushes or hats.",
                                  "Clean the earwax from the outside of the ear.",
                                  "Listeria is a foodborne illness."])
def test_a_closed_compound_of_everyday_words_is_not_a_rare_word(text):
    assert not {t for t, term in _terms(text).items() if term["kind"] == "rare"}


def test_a_learned_prefix_is_not_the_first_word_of_a_compound():
    # "mono" and "sodium" are both words to wordfreq; "monosodium" is not an everyday compound
    assert "monosodium" in _terms("Crystals of monosodium urate form in the joint.")


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("Fibroids are common in women of childbearing age.", "childbearing", "childbearing"),
    ("Undigested lactose passes into the colon.", "Undigested", "undigested"),
    ("The doctor examined her knees.", "examined", "examine"),
])
def test_a_words_lemma_is_a_word(text, word, lemma):
    assert {t.text: t.lemma for t in analyze(text).jargon.terms}[word] == lemma


def test_a_word_of_a_phrase_the_page_explains_is_explained_with_it():
    terms = analyze("Atrial fibrillation is an irregular heartbeat. It starts in the atrial "
                    "walls.").jargon.terms
    atrial = next(t for t in terms if t.text == "atrial")
    assert atrial.explained and not atrial.is_fault


@pytest.mark.parametrize("word", ["gonorrhea", "chlamydia"])
def test_a_capitalised_word_that_opens_its_definition_explains_its_lower_case_uses(word):
    # the tagger calls the capitalised word at the start a name; it is the same word
    text = f"{word.capitalize()} is a common infection. Anyone who has sex can get {word}."
    later = [t for t in analyze(text).jargon.terms if t.text == word]
    assert later and all(t.explained and not t.is_fault for t in later)


def test_a_name_at_a_sentence_start_explains_nothing_when_the_page_never_defines_it():
    terms = analyze("Gonorrhea cases rose last year. Anyone who has sex can get gonorrhea."
                    ).jargon.terms
    assert any(t.text == "gonorrhea" and t.is_fault for t in terms)


def test_the_plural_of_an_abbreviation_spelled_out_is_explained():
    terms = analyze("An aortic aneurysm (AA) is a bulge in the aorta. Most AAs grow slowly."
                    ).jargon.terms
    plural = next(t for t in terms if t.text == "AAs")
    assert plural.kind == "abbreviation" and plural.explained and not plural.is_fault
    # an abbreviation that ends in a capital S is not a plural: "MRS" is not "MR"s
    assert _abbreviation_defined("AAs", {"aa"}) and not _abbreviation_defined("MRS", {"mr"})


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a word derived from a term the page explains is explained with it
        ("Osteoporosis is a disease that makes bones weak. Falls can cause osteoporotic "
         "fractures.", "osteoporotic", True),
        ("The pancreas is a gland behind the stomach. It makes pancreatic juices.",
         "pancreatic", True),
        # the adjective of the germ a disease is named from
        ("Cryptococcosis is an infection caused by a fungus. Two species cause nearly all "
         "cryptococcal infections.", "cryptococcal", True),
        ("Leishmaniasis is a disease caused by parasites. Leishmanial sores can last "
         "months.", "Leishmanial", True),
        # who practises a therapy ("-path" of "-pathy")
        ("Homeopathy, also known as homeopathic medicine, is a medical system. Homeopaths "
         "treat people.", "Homeopaths", True),
        # not when the page explains nothing, nor for a word that only begins alike
        ("Falls can cause osteoporotic fractures.", "osteoporotic", False),
        ("A carcinoma is a cancer that begins in the skin. Tobacco smoke holds a carcinogen.",
         "carcinogen", False),
    ],
)
def test_a_word_derived_from_an_explained_term_is_explained(text, term, explained):
    found = [t for t in analyze(text).jargon.terms if t.text == term]
    assert found and all(t.explained is explained for t in found)


@pytest.mark.parametrize(("base", "derived"), [
    ("Hot flashes can start at menopause.", "Postmenopausal women need calcium."),
    ("Some water holds cyanobacteria.", "Avoid water with cyanobacterial toxins."),
])
def test_a_word_derived_from_a_word_of_the_page_that_is_no_jargon_is_not_flagged(base,
                                                                                 derived):
    # flagged alone, known beside the word it is derived from ("cyanobacteria" → "-al")
    assert [t for t in analyze(derived).jargon.terms if t.is_fault]
    assert not [t for t in analyze(f"{base} {derived}").jargon.terms if t.is_fault]


@pytest.mark.parametrize(("word", "flagged"), [
    # an everyday word and a suffix a reader reads at sight, a short stem too
    ("rawness", False), ("curable", False),
    # a rare word whose stem is no everyday word
    ("phlegmy", True),
])
def test_a_rare_word_made_of_an_everyday_word_and_a_suffix_is_not_flagged(word, flagged):
    text = f"The skin may feel {word} after the burn heals."
    assert bool([t for t in analyze(text).jargon.terms if t.is_fault]) is flagged


@pytest.mark.parametrize(("text", "term", "replacement"), [
    # the list's plain words replace one part of speech (word_classes.csv)
    ("A stroke occurs when blood supply to the brain is cut off.", "supply", None),
    ("Keep emergency supplies on hand.", "supplies", None),
    ("Pharmacies supply the vaccine.", "supply", "give"),
    ("Age-related decreases in vision raise the risk.", "decreases", None),
    ("Exercise decreases the risk.", "decreases", "lowers"),
    ("Wear a heart monitor for a day.", "monitor", None),
    ("Nurses monitor your heart.", "monitor", "check"),
    ("Nurses are monitoring your heart.", "monitoring", "checking"),
    ("The relapse came after a year.", "relapse", "return of illness"),
    ("Patients may relapse after treatment.", "relapse", None),
    ("The participants had individual measurements.", "individual", None),
    ("Surgery is the alternative.", "alternative", "choice"),
    ("It is an alternative treatment.", "alternative", None),
    # the sense the sentence names (senses.csv), or none
    ("Males are more likely to sustain an SCI.", "sustain", "get"),
    ("Try to sustain the effort for a month.", "sustain", "keep up"),
    ("Be sure they are properly restrained every time they ride in a car.", "restrained",
     "buckled up"),
    ("HIV is transmitted through blood.", "transmitted", "passed on"),
    ("Nerves transmit signals to the brain.", "transmit", "send"),
    ("Gonorrhea is a sexually transmitted infection.", "transmitted", None),
    ("The plan was sustained for years.", "sustained", None),
    ("Some couples cannot conceive after a year of trying.", "conceive", "get pregnant"),
    ("As conceived, the National Strategy sets goals.", "conceived", None),
    # "indicate" is "show" as an active verb; "is indicated" and "if indicated" mean advised
    ("Tests indicated a problem.", "indicated", "showed"),
    ("Studies have indicated that it works.", "indicated", "shown"),
    ("Surgery is indicated for large tumors.", "indicated", None),
    ("A woman should be vaccinated if indicated.", "indicated", None),
    ("Give the indicated dose.", "indicated", None),
    # everyday words whose list words do not fit ("place of home", "change of life")
    ("Freshmen living in residence halls need the vaccine.", "residence", None),
    ("Ask if you have gone through menopause.", "menopause", None),
    # what is consumed says how: drunk, eaten or taken; and nothing when it is not said
    ("Do not consume raw milk.", "consume", "drink"),
    ("Most people can consume some dairy foods.", "consume", "eat"),
    ("The mean number of tablets consumed was 21.", "consumed", "taken"),
    ("The brain consumed more energy.", "consumed", None),
    ("Context switches are time consuming.", "consuming", None),
    ("How the drug is absorbed and distributed in the body.", "distributed", "spread"),
    ("EPA regulations protect drinking water.", "regulations", "rules"),
    ("Gene regulation matters.", "regulation", "control"),
    ("A traumatic event can cause stress.", "traumatic", "shocking"),
    ("Most minor traumatic injuries heal.", "traumatic", None),
    ("It is an aggressive cancer.", "aggressive", "a fast-growing"),
    ("Some had aggressive behavior.", "aggressive", None),
    ("Cervical screening finds changes early.", "Cervical", None),  # the cervix, not the neck
    ("Wear a cervical collar after the crash.", "cervical", "neck"),
    ("Turn on the air conditioning.", "conditioning", None),
    ("Muscle conditioning helps.", "conditioning", "fitness"),
    ("The virus is still in circulation.", "circulation", None),
    ("Poor circulation makes your feet cold.", "circulation", "blood flow"),
    ("Alcohol abstinence helps the liver.", "abstinence", None),
    ("Impaired driving kills.", "Impaired", None),
    ("Impaired vision makes reading hard.", "Impaired", "Weakened"),
    ("Systemic racism harms health.", "Systemic", None),
    ("He acquired the infection in hospital.", "acquired", None),  # the adjective only
    ("Check the expiration date.", "expiration", None),  # what the label says
    ("Schedule a follow-up visit with your nurse.", "follow-up", "check-up"),
    ("Pain was lower at 12 weeks follow-up.", "follow-up", None),  # a study's time
    ("Meet your daily requirements for vitamins.", "requirements", "needs"),
    # "determine" is "find out" as an active verb, not when something decides or is measured
    ("Tests can determine the cause.", "determine", "find out"),
    ("Sex is determined by genes.", "determined", None),
    ("Levels were determined by ELISA.", "determined", None),
    # "significant" is "important" unless the text reports a study's results
    ("Diet plays a significant role in health.", "significant", "an important"),
    ("There was no significant reduction in pain compared with placebo.", "significant",
     None),
    ("Patients were randomly allocated to the control group.", "allocated", "assigned"),
    ("The funding allocated by the state was spent.", "allocated", "shared out"),
    ("Antacids neutralize stomach acid.", "neutralize", "counter"),
    ("Neutralizing antibodies rose after the booster.", "Neutralizing", None),
    ("This systematic review found 12 trials.", "systematic", None),
    ("Keep a systematic record of your blood sugar.", "systematic", "planned"),
    # "catching" is said of a person or illness after a verb, not before a noun
    ("Patients may still be infectious after ten days.", "infectious", "catching"),
    ("They may shed infectious virus for longer.", "infectious", None),
    # "homologous" vaccines are the same vaccine, not similar ones
    ("The homologous schedule gave fewer antibodies.", "homologous", None),
    ("The two genes share homologous sequences.", "homologous", "similar"),
    # adjectives whose plain words do not fit the noun ("protein totals", "new healings")
    ("Protein aggregates build up in the brain.", "aggregates", None),
    ("New therapeutics are in trials.", "therapeutics", None),
    ("It has a therapeutic effect.", "therapeutic", "healing"),
    ("The cranial nerves are intact.", "cranial", None),  # not "skull nerves"
    # a "macular hole" is in the eye, not a "flat hole"; spots on the skin are flat
    ("People with macular holes had surgery.", "macular", None),
    ("Skin may show macular spots.", "macular", "flat"),
    ("Obligate anaerobes use fermentation.", "Obligate", None),  # the adjective, not "bind"
    ("The fundamentals of bird flight are similar.", "fundamentals", None),
    ("Pregabalin was titrated over 8 weeks.", "titrated", "adjusted"),
    ("Delays render these treatments useless.", "render", "make"),
    ("Osmotic dilators were used.", "dilators", "wideners"),
    # light and noise reach you; you are not "in contact with" them
    ("Your skin was exposed to UV light.", "exposed to", None),
    ("People are exposed to mold every day.", "exposed to", "in contact with"),
    # a name: not "Often Asked Questions"
    ("# Frequently Asked Questions\n\nWhat is flu?", "Frequently", None),
    ("Wash your hands frequently.", "frequently", "often"),
    # adjectives whose plain words do not stand for the noun ("the initials CFC" → "the
    # firsts", the journal "Pediatrics" → "Children's")
    ("The logo shows the initials CFC.", "initials", None),
    ("The initial dose is small.", "initial", "first"),
    ("A report published in Pediatrics described it.", "Pediatrics", None),
    ("The change corresponded to a brake point.", "corresponded", "matched"),
    ("They corresponded by letter for years.", "corresponded", "wrote"),
    ("It is called discoid lupus erythematosus.", "erythematosus", None),  # a name's word
    # a food portion is an amount to eat, not a "part" (NIDDK's "About Food Portions")
    ("Controlling your weight calls for smaller portions of food.", "portions", None),
    ("A portion of the intestines is outside the body.", "portion", "part"),
    # "approximate" is an adjective: "a rough doubling", never "a roughly doubling"
    ("We predict an approximate doubling over 48 hours.", "approximate", "a rough"),
    ("This approximated to a mean difference of 0.5.", "approximated", None),
    # a Latin word the tagger calls a noun still names a technical thing
    ("We studied neurons of dorsal root ganglia.", "dorsal", None),
    # a name's word: "cerebral palsy" is no "brain palsy"
    ("There was no difference in cerebral palsy.", "cerebral", None),
    ("Cerebral blood flow fell.", "Cerebral", "Brain"),
    # "activate" as a verb that acts, not "an activated form" ("a started form")
    ("Vaccines activate immune cells.", "activate", "turn on"),
    ("An activated form of the protein was made.", "activated", None),
    # a disease "gets worse"; a career, a cell cycle or a series of numbers does not
    ("Glucocorticoids reduce progression of the disease.", "progression", "getting worse"),
    ("The table lists the progression of the largest known prime.", "progression", None),
    ("Centrioles are not required for the progression of mitosis.", "progression", None),
    # a room's dimensions are its size; a new dimension of a problem is not
    ("The hall's dimensions are similar to a concert hall's.", "dimensions", "sizes"),
    ("These data add a new dimension to the question.", "dimension", None),
    # a nominal fee is small; a nominal length or income is the stated one
    ("The clinic charges a nominal fee.", "nominal", "small"),
    ("Canada has a high nominal income per person.", "nominal", None),
    # a plural the tagger called a name keeps its plain word plural
    ("Pain was more common among vaccine recipients than placebo recipients.",
     "recipients", "receivers"),
])
def test_a_plain_word_fits_its_part_of_speech_and_sense(text, term, replacement):
    options = _replacements(text).get(term, [])
    assert (replacement in options) if replacement else options == []


@pytest.mark.parametrize("text", ["She has arrhythmias.", "Arrhythmias can be serious."])
def test_a_plural_the_tagger_calls_a_name_is_still_the_listed_term(text):
    # the lemmatizer leaves names as written, so "arrhythmias" was no term at all
    found = [t for t in analyze(text).jargon.terms if t.text.lower() == "arrhythmias"]
    assert found and found[0].kind == "list" and found[0].lemma == "arrhythmia"


def test_a_past_participle_is_inflected_as_one_and_a_past_tense_as_one():
    # "have showed" was offered for "have demonstrated"; a participle with a subject before
    # it and an object after it is a past tense the tagger misread
    assert _replacements("Studies have demonstrated that it works.")["demonstrated"][0] == (
        "shown")
    assert _replacements("The results were revealed by a scan.")["revealed"] == ["shown"]
    assert _replacements("Data analysis revealed diabetes in ten patients.")["revealed"] == [
        "showed"]
    # a participle in "-t" still takes the regular form
    assert "spoiled" in _replacements("The water was contaminated by sewage.")["contaminated"]


def test_a_word_that_takes_no_article_is_not_offered_after_one():
    # "an additional sample" was offered "a more sample"
    assert _replacements("You will be asked to give an additional sample.")["additional"] == [
        "extra"]
    assert _replacements("Additional tests may be needed.")["Additional"] == ["More", "Extra"]
    # nor "right", "same" or a superlative: "a right diet", "a best dose"
    assert _replacements("Eat an appropriate diet.")["appropriate"] == ["a proper"]
    assert "a best" not in _replacements("Find an optimal dose.").get("optimal", [])


def test_a_noun_made_of_a_verb_and_a_particle_takes_its_plural_at_the_end():
    # "asthma exacerbations" was offered "asthma flare-up"
    assert _replacements("Asthma exacerbations were fewer.")["exacerbations"][0] == (
        "flare-ups")


def test_two_terms_side_by_side_do_not_get_the_same_replacement():
    # "BRCA1 or BRCA2" became "breast cancer gene or breast cancer gene"
    found = _replacements("Cancer cells were identified and detected early.")
    assert found["identified"][0] == "found" and "found" not in found["detected"]
    # apart, each may take it: two checks of two things
    apart = _replacements("Pain was evaluated in week one, and sleep quality was assessed "
                          "in week two.")
    assert apart["evaluated"][0] == "checked" and apart["assessed"][0] == "checked"


def test_the_plural_of_person_is_people():
    assert _replacements("Individuals with diabetes need care.")["Individuals"] == ["People"]


def test_what_is_consumed_picks_the_one_verb_that_fits():
    # "eat, drink or use" offered "Do not eat raw milk" first, and "time eating" for "time
    # consuming"
    assert _replacements("Do not consume raw milk.")["consume"] == ["drink"]
    assert _replacements("Most people can consume some dairy foods.")["consume"] == ["eat"]


@pytest.mark.parametrize(("text", "word", "start"), [
    ("Colic is common in babies. Your baby may cry for hours.", "colic", "long bouts of crying"),
    ("Renal colic can be very painful. It comes from kidney stones.", "colic", "sharp pain"),
    ("Colic can be hard to treat.", "colic", ""),  # no sense named: no definition
    ("Cover the wound with a sterile dressing.", "sterile", "free of germs"),
    ("Some men become sterile after mumps.", "sterile", "unable to have children"),
    ("No significant reduction was seen compared with placebo.", "significant",
     "unlikely to be due to chance"),
])
def test_a_definition_fits_the_sense_its_context_names(text, word, start):
    (term,) = [term for term in analyze(text).jargon.terms if term.text.lower() == word]
    assert term.definition.startswith(start) and bool(term.definition) is bool(start)


@pytest.mark.parametrize(("text", "term", "refused"), [
    # list words whose plain word reads wrong in health texts
    ("About 1 in 8 women will be diagnosed with breast cancer.", "diagnosed", "found out"),
    ("Side effects vary from person to person.", "vary", "change"),
    ("They can contribute to the development of resistance.", "contribute", "give"),
    ("## Occurrence\n\nNearly 200,000 people live with it.", "Occurrence", "Event"),
    ("Cross the street at a designated crosswalk.", "designated", "named"),
    ("Limit alcohol intake.", "intake", "amount eaten"),
    ("We concluded that antidepressants may help.", "concluded that", "ended that"),
    ("The authors concluded fatty acids help.", "concluded", "ended"),
    ("The body compensates for blood loss.", "compensates for", "pays for"),
    ("Relative to the first group, pain was lower.", "Relative to", "About"),
    ("Blood donation is safe.", "donation", "gift"),
    ("A decline in the amount of protein.", "in the amount of", "for"),
    ("Sign an informed consent form.", "informed consent", "agreement"),
    ("Improve the compliance with medicines.", "compliance", "following the plan"),
    ("Cells have low proliferative capacity.", "capacity", "room"),
    ("Remaining sore throat issues are caused by viruses.", "Remaining", "Staying"),
    ("There were no significant differences between groups.", "significant", "important"),
    # a clause cannot stand for a noun after "the" or before "of"
    ("The severity of the problem depends on the cause.", "severity", "how serious"),
    ("We studied the effectiveness of the vaccine.", "effectiveness",
     "how well something works"),
    ("The blood is exerting pressure on the walls.", "exerting", "using"),
    # "let" takes no "to" and no passive: "may let you to drive", "is not let"
    ("Your doctor may permit you to drive.", "permit", "let"),
    ("Driving is not permitted for 12 hours.", "permitted", "let"),
    # a verb and its preposition read as a passive alone, not before the agent's "by"
    ("Call if the fever is accompanied by a rash.", "accompanied", "gone with"),
    # a word in quotation marks is a name given or a word mentioned, or someone's words
    # (NIMH's depression booklet): a plain word would rename it or misquote them
    ('Depression, also called "clinical depression," is common.', "clinical", "medical"),
    ("She said, “The clinical team will call you.”", "clinical", "medical"),
])
def test_a_plain_word_that_changes_the_meaning_is_not_offered(text, term, refused):
    assert refused not in _replacements(text).get(term, [])


def test_an_inflamed_part_is_swollen():
    assert _replacements("The sac around your heart is inflamed.")["inflamed"][0] == "swollen"
    assert _replacements("It shows an inflamed artery.")["inflamed"][0] == "a swollen"


def test_a_plural_phrase_inflects_its_head():
    options = _replacements("Based on current incidence rates, 12 percent will get it.")
    assert options["incidence rates"] == ["rates of new cases"]
    # an irregular plural is a plural too
    assert _replacements("Diagnostic criteria for diabetes changed.")["criteria"][0] == (
        "standards")
    # the head comes before a participle that opens what follows it; an abbreviation's
    # plural is in capitals, so its replacement takes no capital in mid-sentence
    for text, term, replacement in [
        ("Get tested for STDs.", "STDs", "diseases spread by sex"),
        ("STDs are common.", "STDs", "Diseases spread by sex"),
        # an abbreviation's plural is a plural whatever the tagger calls it
        ("Three studies compared SSRIs to placebo.", "SSRIs", "depression medicines"),
    ]:
        assert [s.replacement for f in analyze(text).findings if f.text == term
                for s in f.suggestions] == [replacement]


@pytest.mark.parametrize(("text", "term", "replacement"), [
    # a verb the tagger read as a plural noun is still inflected as a verb
    ("This Notch signaling contributes to the growth of cells.", "contributes", "adds"),
    ("Its life history transpires mainly inside homes.", "transpires", "happens"),
])
def test_a_verb_keeps_its_inflection(text, term, replacement):
    assert _replacements(text)[term][0] == replacement


def test_a_heading_in_capitals_gets_its_replacement_in_capitals():
    assert _replacements("HOW TO ADMINISTER THE MEDICINE")["ADMINISTER"] == ["GIVE"]
    # and its explanation, in English and Spanish
    for text, lang, explained in [("# WARFARIN\n\nTake it each day.\n", "en",
                                   "WARFARIN (A BLOOD THINNER)"),
                                  ("# WARFARINA\n\nTómela cada día.\n", "es",
                                   "WARFARINA (MEDICAMENTO PARA EVITAR COÁGULOS)")]:
        found = analyze(text, lang=lang, format="markdown").findings
        assert [s.replacement for f in found for s in f.suggestions] == [explained]
    # an abbreviation is no heading
    found = analyze("Tell us if you have COPD.").findings
    assert [s.replacement for f in found if f.text == "COPD" for s in f.suggestions] == [
        "COPD (long-term lung disease)"]


@pytest.mark.parametrize(("text", "suggested"), [
    # the short name of a condition, test or treatment is kept and explained once, as its
    # long form is (an NHLBI COPD page was told nine times to write "long-term lung disease")
    ("Smoking is the leading cause of COPD. If you have COPD, stop smoking.",
     [("COPD (long-term lung disease)", "explain", "safe")]),
    ("A UTI can hurt. See a doctor for UTIs.", [("UTI (bladder infection)", "explain", "safe")]),
    # where brackets would split a noun phrase, nothing is offered: the name stays
    ("COPD exacerbations are serious.", []),
    # a clinician's shorthand for no name is still replaced
    ("Take 1 tablet PRN for pain.", [("as needed", "replace", "unsafe")]),
    # explained by its long form's plain words when its own hold a rare word ("pain
    # medicine such as ibuprofen")
    ("Avoid NSAIDs if you can.", [("NSAIDs (pain medicines)", "explain", "safe")]),
])
def test_a_named_abbreviation_is_explained_never_replaced(text, suggested):
    assert [(s.replacement, s.action, s.applicability) for f in analyze(text).findings
            if f.code == "PL202" for s in f.suggestions] == suggested


@pytest.mark.parametrize(
    ("text", "acronym", "flagged"),
    [
        # the plural of an everyday acronym is everyday too, though rarer in text
        ("You can buy DVDs today.", "DVDs", False),
        ("You can buy a DVD today.", "DVD", False),
        # the plural of an acronym readers do not know is still flagged
        ("Women get UTIs more often than men.", "UTIs", True),
    ],
)
def test_an_acronym_plural_is_as_everyday_as_the_acronym(text, acronym, flagged):
    found = _terms(text)
    assert (acronym in found and not found[acronym]["explained"]) is flagged


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # its one word that is not everyday is explained elsewhere on the page
        ("Preterm birth is when a baby is born too early. She had preterm labor at 30 weeks.",
         "preterm labor", True),
        ("Preterm birth is defined as birth before 37 weeks. She had preterm labor at 30 "
         "weeks.", "preterm labor", True),
        # without that explanation it is not
        ("A baby may come early. She had preterm labor at 30 weeks.", "preterm labor", False),
        # a word inside a name is not the word explained ("Vaccine" names no "Adverse")
        ("Reports of adverse events went to the Vaccine Adverse Event Reporting System "
         "(VAERS).", "adverse events", False),
    ],
)
def test_a_term_whose_unusual_words_the_page_explains_is_explained(text, term, explained):
    found = _terms(text)
    assert found[term]["explained"] is explained


@pytest.mark.parametrize("text", ["Go to the ER if you feel worse.",
                                  "Go to the emergency department if you feel worse."])
def test_plain_words_follow_the_english_variant_as_a_phrase(text):
    # "emergency room" is A&E in UK English, as a whole phrase, not word by word
    offered = {variant: [s.replacement for f in analyze(text, variant=variant).findings
                         for s in f.suggestions if f.code in ("PL202", "PL205")]
               for variant in ("en-US", "en-GB")}
    assert offered == {"en-US": ["emergency room"], "en-GB": ["A&E"]}


@pytest.mark.parametrize(("text", "term", "replacement"), [
    ("Your haematologist will check your blood.", "haematologist", "blood doctor"),
    ("Haematologists treat it.", "Haematologists", "Blood doctors"),
])
def test_a_british_spelling_is_the_lists_american_entry(text, term, replacement):
    # a word written the British way gets the plain word of its American entry, in either
    # variant (a user audit found "haematologist" reported only as a rare word)
    for variant in ("en-US", "en-GB"):
        assert _replacements_in(text, variant)[term][0] == replacement


def _replacements_in(text, variant):
    return {f.text: [s.replacement for s in f.suggestions]
            for f in analyze(text, variant=variant).findings if f.code in ("PL201", "PL205")}
