"""More of the ways real leaflets explain a term (issue 13, item 2), read by the real English
and Spanish pipelines: each rule with sentences that explain a term and sentences that look
alike but do not (a rule that reads an explanation where there is none hides a hard word)."""

from __future__ import annotations

from functools import cache

import pytest
from literacy_support import TERM_THRESHOLD

from literacy import Engine


@cache
def _engine(lang: str) -> Engine:
    return Engine.load(lang)


def _explained(text: str, term: str, lang: str = "en", format: str = "plain") -> bool:
    """Whether the engine reads ``term`` (its text, any case) as explained in ``text``; the
    term must be found there."""
    found = [t for t in _engine(lang).analyze(text, format=format,
                                              jargon_threshold=TERM_THRESHOLD).jargon.terms
             if t.kind != "candidate" and t.text.casefold() == term.casefold()]
    assert found, f"{term!r} is not found as a term in {text!r}"
    return all(t.explained for t in found)


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # "X (or Y)": the bracket gives the term as another name of what precedes it
        ("People with the disorder have motor and vocal (or phonic) tics.", "phonic", True),
        ("Some tumors spread (or metastasize) to the brain.", "metastasize", True),
        # a term in brackets after a word that is no alternative is not named by it
        ("Some tumors spread (and metastasize) to the brain.", "metastasize", False),
        ("People with the disorder have motor tics (phonic ones are rarer).", "phonic", False),
    ],
)
def test_a_term_given_in_brackets_after_or_is_explained(text: str, term: str,
                                                          explained: bool) -> None:
    assert _explained(text, term) is explained


def test_a_spanish_term_given_in_brackets_after_o_is_explained() -> None:
    assert _explained("Tiene un tumor del riñón (o nefroblastoma) desde niño.", "nefroblastoma",
                      lang="es")


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # the name in quotation marks after the word that gives it
        ("Together, these birth defects are called “orofacial clefts”.", "orofacial", True),
        ('These people are said to have a "mosaicism" in the gene.', "mosaicism", True),
        ("A quote that names nothing: “orofacial clefts” were treated.", "orofacial", False),
        # "said to have" names a thing; "have" alone does not
        ("Some people have a mosaicism in the gene.", "mosaicism", False),
        # the last of a short list of names after the word that names
        ("Myeloid leukemia (also known as myelogenous or myelocytic leukemia) is common.",
         "myelocytic", True),
        ("This type may be called endocrine pancreatic cancer or islet cell cancer.", "islet",
         True),
        # no word that joins clauses, and no comma, between the name and the last item
        ("We did a test called a scan to look for polyps or sarcoidosis.", "sarcoidosis",
         False),
        ("Swelling of the brain is called encephalitis, or myelitis in the spinal cord.",
         "myelitis", False),
        # a list of examples is not a list of names: a type in a list is not explained
        ("The main types of diabetes are type 1, type 2, and gestational.", "gestational",
         False),
        # the adjectives of the name are its words: the noun after them is named too
        ("Stones can cause back pain (known as renal colic).", "colic", True),
        ("It is called **renal colic** by doctors.", "colic", True),
        ("Doctors say renal colic is common.", "colic", False),
        # so are the nouns before the head (NINDS neuroleptic malignant syndrome page)
        ("Dopaminergic drugs, such as a dopamine agonist, may be useful.", "agonist", True),
        ("Doctors say a dopamine agonist may be useful.", "agonist", False),
        # … when the term ends the name: the name here is of the inhibitors (PLABA)
        ("A type of antidepressant called selective serotonin reuptake inhibitors helps.",
         "reuptake", False),
        # a name that says only which kind of the thing before it is meant explains nothing
        ("Poorly controlled hypothyroidism is sometimes termed refractory hypothyroidism.",
         "hypothyroidism", False),
        # "so-called" gives no name's meaning
        ("It made antibodies against the islets, so-called islet cell antibodies.", "islet",
         False),
        # a later item of a list of examples or of a class's members is named as the first
        ("Blood disorders such as sickle cell anemia and thalassemia are inherited.",
         "thalassemia", True),
        ("Low blood cell conditions, like leucopenia and neutropenia, raise the risk.",
         "neutropenia", True),
        # "for example" in brackets after the class gives its members as "such as" does
        ("Tree nuts (for example, walnuts, pecans, almonds, and cashews) cause allergies.",
         "cashews", True),
        ("Take an antibiotic (for example, amoxicillin or doxycycline).", "doxycycline", True),
        # an opening "For example," follows a whole sentence, not a class
        ("For example, cashews, pecans and walnuts cause allergies.", "cashews", False),
        # the class may be told which ones before "like", and an item the tagger takes for a
        # verb is still an item (a flu vaccine leaflet's list of immune medicines)
        ("Tell us about medicines that lower your immune system like etanercept, anakinra, "
         "infliximab, and adalimumab.", "adalimumab", True),
        # not a list after a verb, nor an abbreviation, which only its long form explains
        ("The common conditions are pressure sores, infections, spasticity, and scoliosis.",
         "spasticity", False),
        ("Viruses such as flu and RSV spread in winter.", "RSV", False),
        # a verb after the comma starts the predicate, not a gloss of the term's class
        ("Respiratory viruses, such as COVID-19, flu, and RSV, are causing illness.", "RSV",
         False),
        # a comma alone may end an opening phrase: the list must go on after the term
        ("Unlike other anxiety drugs like benzodiazepines, buspirone lacks sedation.",
         "buspirone", False),
        # the explanation after a quoted term
        ('The word "coagulant" means to thicken into a gel.', "coagulant", True),
        ("The word “coagulant” means to thicken into a gel.", "coagulant", True),
    ],
)
def test_a_name_given_in_quotes_or_in_a_list_after_the_word_that_names_it(
        text: str, term: str, explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a word of a short subject the sentence defines: the head, or an adjective before it
        ("Impaired fecundity is a condition related to infertility.", "fecundity", True),
        ("A congenital heart defect is a problem with the structure of the heart.",
         "congenital", True),
        ("Uterine fibroids are growths made of muscle cells.", "Uterine", True),
        ("Fibroids are tumors of the womb.", "Fibroids", True),
        # "happens when" and "occurs if" say what the subject is, as "is a" does
        ("Sarcoidosis happens when clumps of cells form in the body.", "Sarcoidosis", True),
        ("Sarcoidosis occurs if clumps of cells form in the body.", "Sarcoidosis", True),
        # what a part of the body does says what it is, and the part may be the reader's
        ("Your trigeminal nerve is responsible for sensations on your face.",
         "trigeminal nerve", True),
        ("The pancreas is responsible for making insulin.", "pancreas", True),
        ("The adrenal glands produce hormones that help control blood pressure.",
         "adrenal glands", True),
        ("Your pancreas makes insulin.", "pancreas", True),
        # what a condition makes is what it leads to
        ("Hyperkalemia makes the heart beat unevenly.", "Hyperkalemia", False),
        ("Their fibrinogen levels are responsible for clotting.", "fibrinogen", False),
        # of a condition it tells only what the condition leads to
        ("Hyperkalemia is responsible for some heart rhythm problems.", "Hyperkalemia", False),
        # a noun before the head modifies another thing, which is what is defined
        ("Sarcoidosis rates are a problem in some places.", "Sarcoidosis", False),
        # the first word of a name names the rest ("Spina bifida"); the lower-case uses after
        # are explained with it, unless the sentence does not define the name
        ("Spina bifida happens if the neural tube does not close. Babies with spina bifida "
         "need care.", "spina", True),
        ("Spina bifida runs in some families. Babies with spina bifida need care.", "spina",
         False),
        # an acronym names another thing too: the sentence defines testing
        ("RSV testing is a key part of care. Babies with RSV need care.", "RSV", False),
        # a word that ranks, a pronoun, a verb, a comma: not a subject the sentence defines
        ("Most sarcoidosis is a problem for the lungs.", "sarcoidosis", False),
        ("Your sarcoidosis is a problem for the lungs.", "sarcoidosis", False),
        ("Treating sarcoidosis early is a good idea.", "sarcoidosis", False),
        ("In sarcoidosis, swelling is a problem.", "sarcoidosis", False),
        # more than two other words make a longer phrase than a name
        ("Severe lung damage from sarcoidosis is a problem.", "sarcoidosis", False),
        # "happens" alone, and growth as a verb, say nothing of what the term is
        ("Sarcoidosis happens to many people.", "Sarcoidosis", False),
        ("Sarcoidosis causes a growth of tissue.", "Sarcoidosis", False),
    ],
)
def test_a_word_of_a_short_subject_the_sentence_defines_is_explained(
        text: str, term: str, explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # an adjective or a participle before the nouns a bracket explains
        ("You may feel fullness in the perineal area (lower abdomen).", "perineal", True),
        ("The flu shot is an inactivated vaccine (containing killed virus).", "inactivated",
         True),
        ("Necrotizing enterocolitis (NEC) (death of gut tissue) harms babies.", "Necrotizing",
         True),
        ("Take acetylsalicylic acid (aspirin) daily.", "acetylsalicylic", True),
        # one word after a hard noun is that noun's other name (CDC's shingles vaccine
        # statement): the adjective before it is not explained
        ("Recombinant zoster (shingles) vaccine can prevent shingles.", "Recombinant",
         False),
        # a bracket that opens on a name, a number or a capital explains nothing
        ("You may feel fullness in the perineal area (Smith 2001).", "perineal", False),
        ("You may feel fullness in the perineal area (2 cases).", "perineal", False),
        # a noun before the bracketed nouns modifies them, a verb is no modifier, and more
        # than two nouns between are too far
        ("Doctors track sarcoidosis rates (cases per year).", "sarcoidosis", False),
        ("Glucocorticoids lower swelling (puffiness).", "Glucocorticoids", False),
        ("It is in the perineal floor muscle group (lower body).", "perineal", False),
    ],
)
def test_a_bracket_after_the_nouns_a_term_modifies_explains_it(text: str, term: str,
                                                                 explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a gene or a germ named in its class, the class noun after the name
        ("FMR1 changes run in families. Some people have a larger FMR1 gene.", "FMR1", True),
        ("FMR1 changes run in families. Some people have a larger FMR1 protein.", "FMR1",
         True),
        ("Wash hands after touching a barnyard pet. Enterobacter bacteria spread on fur.",
         "Enterobacter", True),
        ("Cat litter can carry toxoplasma germs.", "toxoplasma", True),
        # a word that joins stands between: the class noun names another thing
        ("Cat litter can carry toxoplasma and germs.", "toxoplasma", False),
        # a medicine named by the germ or the disease it treats says nothing of what it is
        ("FMR1 changes run in families. Ask about the FMR1 test.", "FMR1", False),
        ("HPV spreads by contact. Get the HPV vaccine.", "HPV", False),
        # a condition's name before "virus" names the germ after the disease
        ("Sarcoidosis virus is not a real thing.", "Sarcoidosis", False),
    ],
)
def test_a_gene_or_a_germ_named_in_its_class_is_explained(text: str, term: str,
                                                           explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        ("This booklet is about sarcoidosis,* a disease that forms lumps in the body.", True),
        ("This booklet is about sarcoidosis*, a disease that forms lumps in the body.", True),
        ("This booklet is about sarcoidosis,* and tells you what to do.", False),
    ],
)
def test_a_footnote_mark_between_a_term_and_its_class_gloss_is_passed(
        text: str, explained: bool) -> None:
    assert _explained(text, "sarcoidosis") is explained


LACTOSE_NAMES = """# Lactose Intolerance

## {heading}

- Lactose malabsorption
- Adult-type hypolactasia

## About

People with it cannot digest milk well.
"""


@pytest.mark.parametrize(
    ("heading", "explained"),
    [
        ("Medical or Scientific Name", True),
        ("Other Names", True),
        ("Other Names for this Disease", True),
        ("Also called:", True),
        # a list under any other heading gives no other name
        ("Symptoms", False),
        ("Names of tests", False),
    ],
)
def test_a_list_under_a_heading_of_other_names_gives_other_names(heading: str,
                                                                  explained: bool) -> None:
    text = LACTOSE_NAMES.format(heading=heading)
    assert _explained(text, "hypolactasia", format="markdown") is explained
    assert _explained(text, "malabsorption", format="markdown") is explained


def test_a_list_under_a_heading_of_other_names_in_html() -> None:
    text = ("<h1>Lactose Intolerance</h1>\n<h2>Other Names</h2>\n<ul>\n"
            "<li>Lactose malabsorption</li>\n<li>Adult-type hypolactasia</li>\n</ul>\n"
            "<p>People with it cannot digest milk well.</p>")
    assert _explained(text, "hypolactasia", format="html")


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        # a dictionary's entry: the term as a heading, a definition under it
        ("# sarcoidosis\n\n(sar-koy-DOH-sis)\n\nA disease in which lumps of cells form in the "
         "body. Sarcoidosis can affect the lungs.", True),
        ("# Sarcoidosis\n\nAn illness that makes lumps of cells form in the body.", True),
        # the text under it does not say what the term is
        ("# Sarcoidosis\n\nA doctor can tell you more about it.", False),
        ("# Sarcoidosis\n\nSarcoidosis can affect the lungs. A disease like it is rare.", False),
        # the heading holds more than the term
        ("# Living with sarcoidosis\n\nA disease like this one needs care.", False),
    ],
)
def test_a_dictionary_entry_under_its_heading_is_explained(text: str, explained: bool) -> None:
    assert _explained(text, "sarcoidosis", format="markdown") is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a word that ends in its class noun says what it is
        ("Fifth disease is caused by parvovirus B19.", "parvovirus", True),
        ("Fifth disease is caused by parvoviruses.", "parvoviruses", True),
        ("The test looks for mycobacteria in the sputum.", "mycobacteria", True),
        # and so does a germ's name of several words that ends in it
        ("It is spread by the herpes simplex virus.", "herpes simplex virus", True),
        # the class noun must end the word: a virustatic is no virus, a bacteriophage no
        # bacterium
        ("Treat the skin with a virustatic cream.", "virustatic", False),
        ("Ask about bacteriophages for the infection.", "bacteriophages", False),
    ],
)
def test_a_word_that_ends_in_its_class_noun_is_explained(text: str, term: str,
                                                         explained: bool) -> None:
    assert _explained(text, term) is explained


def test_a_spanish_word_that_ends_in_its_class_noun_is_explained() -> None:
    assert _explained("El citomegalovirus se transmite por la saliva.", "citomegalovirus",
                      lang="es")
    assert not _explained("El nefroblastoma se trata en el hospital.", "nefroblastoma",
                          lang="es")


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a class noun, the clause that tells which one, a comma, the name
        ("Look at the germ that causes the disease, burgdorferi.", "burgdorferi", True),
        ("Take the medicine that your doctor gave you, clotrimazole, twice a day.",
         "clotrimazole", True),
        # a noun of another kind, or a clause too long to tell which thing it is
        ("Ask the nurse who gave you the list, clotrimazole first.", "clotrimazole", False),
        ("Use the medicine that you got from the clinic last week, clotrimazole.",
         "clotrimazole", False),
        # no comma: the term begins a clause of its own
        ("Ask about the medicine that helps clotrimazole work.", "clotrimazole", False),
    ],
)
def test_a_name_after_its_class_and_the_clause_that_tells_which_is_explained(
        text: str, term: str, explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # "Y, or X," at the sentence's start: the term is another name of the plain words
        ("High blood pressure, or hypertension, can hurt your heart.", "hypertension", True),
        ("Severe, or anaphylactic reactions, need a shot of medicine.", "anaphylactic", True),
        # a clause before the comma gives a choice, not another name
        ("If you have asthma, or sarcoidosis, tell your doctor.", "sarcoidosis", False),
        # the end of a list, no closing comma, or no comma before "or"
        ("You may cough, wheeze, or have sarcoidosis, and feel tired.", "sarcoidosis", False),
        ("Rest, or sarcoidosis gets worse.", "sarcoidosis", False),
        ("Asthma or sarcoidosis, each can make you cough.", "sarcoidosis", False),
    ],
)
def test_a_term_given_as_another_name_between_commas_is_explained(
        text: str, term: str, explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "format", "explained"),
    [
        # the marks of a bold or italic term stand between it and its explanation
        ("**Sarcoidosis** is a disease of the lungs.", "markdown", True),
        ("Lumps of cells in the body are called *sarcoidosis*.", "markdown", True),
        ("Your **sarcoidosis** (lumps in the lungs) is mild.", "markdown", True),
        ("<p><strong>Sarcoidosis</strong> is a disease of the lungs.</p>", "html", True),
        ("<p>Lumps of cells are called <em>sarcoidosis</em>.</p>", "html", True),
        ("<h3>Sarcoidosis</h3><p>A disease in which lumps of cells form.</p>", "html", True),
        # bold says nothing by itself
        ("Your **sarcoidosis** is mild.", "markdown", False),
        ("<p>Your <b>sarcoidosis</b> is mild.</p>", "html", False),
    ],
)
def test_a_bold_or_italic_term_is_read_through_its_marks(text: str, format: str,
                                                         explained: bool) -> None:
    assert _explained(text, "sarcoidosis", format=format) is explained


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        # the term of an HTML definition list is defined by its <dd>, whatever it says
        ("<dl><dt>Sarcoidosis</dt><dd>Lumps of cells that form in the body.</dd></dl>", True),
        ("<dl>\n  <dt>Sarcoidosis</dt>\n  <dd>Lumps of cells that form.</dd>\n</dl>", True),
        # an item of another list, or a term with more words in its entry
        ("<ul><li>Sarcoidosis</li><li>Lumps of cells that form.</li></ul>", False),
        ("<dl><dt>Sarcoidosis in the lungs</dt><dd>Lumps of cells.</dd></dl>", False),
    ],
)
def test_the_term_of_a_definition_list_is_explained(text: str, explained: bool) -> None:
    assert _explained(text, "sarcoidosis", format="html") is explained


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        # "X, or Y" and "X or a Y" give another name; "X, or both", "X or not" a choice
        ("Gout comes from overproduction, underexcretion, or both.", False),
        ("The doctor checks for underexcretion or not.", False),
        ("Gout can come from underexcretion, or poor removal of uric acid.", True),
        ("Gout can come from underexcretion or a poor removal of uric acid.", True),
        # "X or Y" with no comma and no article joins two things to choose from
        ("Gout can come from underexcretion or overproduction of uric acid.", False),
    ],
)
def test_or_before_a_word_of_choice_gives_no_other_name(text: str, explained: bool) -> None:
    assert _explained(text, "underexcretion") is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a Spanish class noun before a listed term of its kind says what it is
        ("El medicamento warfarina evita los coágulos.", "warfarina", True),
        ("Tome el fármaco metformina con la comida.", "metformina", True),
        # but the word after a class noun is often its adjective, so an unlisted word
        # after one is not explained
        ("Las infecciones nosocomiales son graves.", "nosocomiales", False),
        ("El parásito toxoplasma vive en los gatos.", "toxoplasma", False),
        # and a naming word before it gives it as the name of what was described
        ("Le salieron unos crecimientos llamados pólipos en el colon.", "pólipos", True),
        # no class noun, or one of another kind, explains nothing
        ("La warfarina evita los coágulos.", "warfarina", False),
        ("Tome la vitamina con warfarina.", "warfarina", False),
        ("La enfermedad warfarina no existe.", "warfarina", False),
    ],
)
def test_spanish_class_nouns_and_naming_words(text: str, term: str, explained: bool) -> None:
    assert _explained(text, term, lang="es") is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a bracket that says who, when or where to look, or a reference, explains nothing
        ("Inguinal hernias (in adults) need surgery.", "Inguinal hernias", False),
        ("Babies are born with spina bifida (1) each year.", "spina", False),
        ("Pain in the perineal area (see page 4) is common.", "perineal", False),
        ("Renal function (in children) is checked yearly.", "Renal", False),
        # a gloss, or examples, do
        ("Pain in the perineal area (lower belly) is common.", "perineal", True),
        ("NSAIDs (for example, ibuprofen) ease pain.", "NSAIDs", True),
    ],
)
def test_a_bracket_that_is_an_aside_explains_nothing(text: str, term: str,
                                                     explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        # a disorder is a class of condition: a dictionary entry, an apposition, a copula
        ("# phenylketonuria\n\n(FEH-nil-KEE-tone-yoor-ee-uh)\n\nAn inherited disorder that "
         "causes a build-up of a substance in the blood.", True),
        ("Her son has phenylketonuria, a rare disorder of how the body uses protein.", True),
        # "disorder" that is not the term's class
        ("Her son has phenylketonuria and a mood disorder.", False),
    ],
)
def test_a_disorder_is_a_class_noun_of_conditions(text: str, explained: bool) -> None:
    assert _explained(text, "phenylketonuria", format="markdown") is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # what a thing is for says what it is
        ("Pesticides include herbicides for destroying weeds.", "herbicides", True),
        ("Pesticides include fungicides used to prevent the growth of molds.", "fungicides",
         True),
        ("Fungicides used for mold on roses can harm fish.", "fungicides", True),
        # "used to be" tells when, "for" before a noun or a time tells nothing of what it is
        ("Fungicides used to be sprayed by hand.", "fungicides", False),
        ("Spray fungicides for roses in the morning.", "fungicides", False),
        ("Spray fungicides for nothing but mold.", "fungicides", False),
        ("Spray fungicides for morning dew.", "fungicides", False),
    ],
)
def test_what_a_term_is_for_explains_it(text: str, term: str, explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # how to say the subject, or its abbreviation, stands before the verb that defines it
        ("Pericarditis (PER-i-kar-DI-tis) is a condition in which the sac around your heart "
         "is inflamed.", "Pericarditis", True),
        ("A harmful algal bloom (HAB) occurs when algae grow quickly in water.", "algal", True),
        # neither defines anything by itself
        ("Pericarditis (PER-i-kar-DI-tis) can hurt a lot.", "Pericarditis", False),
        ("A harmful algal bloom (HAB) can make you sick.", "algal", False),
    ],
)
def test_a_pronunciation_or_abbreviation_before_the_defining_verb_is_passed(
        text: str, term: str, explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        # "; that is," says what the term is, as ", that is," does
        ("Her illness was sarcoidosis; that is, a disease in which lumps of cells form.",
         True),
        # a semicolon before "or" ends an item of a list, it gives no other name
        ("Tell your doctor if you have had sarcoidosis; or if you take steroids.", False),
    ],
)
def test_that_is_after_a_semicolon_explains(text: str, explained: bool) -> None:
    assert _explained(text, "sarcoidosis") is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a list item that names the term, then says what it is
        ("Eyelid problems include:\n\n- Blepharitis. Makes your eyelids red and itchy.\n",
         "Blepharitis", True),
        ("Eyelid problems include:\n\n- Periorbital cellulitis. A bacterial infection of the "
         "eyelid.\n", "Periorbital", True),
        # what follows says nothing of what it is, or is another item
        ("Eyelid problems include:\n\n- Blepharitis. Call your doctor.\n", "Blepharitis",
         False),
        ("Eyelid problems include:\n\n- Blepharitis.\n- A bacterial infection of the eyelid.\n",
         "Blepharitis", False),
        # the name in bold, before or after its full stop; a class noun and "that" after it;
        # a lone name the tagger takes for an interjection
        ("Eyelid problems include:\n\n- **Blepharitis.** Makes your eyelids red.\n",
         "Blepharitis", True),
        ("Types:\n\n- **Diuretics**. Medicines that help your body get rid of water.\n",
         "Diuretics", True),
        ("Your medicines:\n\n- Warfarin. A medicine that thins your blood.\n", "Warfarin",
         True),
        # a run-in heading: a paragraph that opens with the name in bold
        ("**Blepharitis.** Makes your eyelids red and itchy.\n", "Blepharitis", True),
        ("**Diuretics.** Medicines that help your body get rid of water.\n", "Diuretics",
         True),
        # bold in the middle of a paragraph is emphasis, not a heading
        ("Rest. **Blepharitis.** Makes your eyelids red.\n", "Blepharitis", False),
        ("**Diuretics.** Medicines can help.\n", "Diuretics", False),
        # a sentence, not a name, opens the item
        ("Tips:\n\n- Blepharitis can hurt. Makes sense to rest.\n", "Blepharitis", False),
        # a heading that names the term, and the text under it opens with the name and a
        # verb that describes it
        ("# Polymyalgia Rheumatica\n\nPolymyalgia rheumatica causes muscle pain in your "
         "neck.\n", "Polymyalgia", True),
        ("# Polymyalgia Rheumatica\n\nPolymyalgia rheumatica is most common in women.\n",
         "Polymyalgia", False),
        ("# Polymyalgia Rheumatica\n\nDoctors treat polymyalgia rheumatica with steroids."
         "\n", "Polymyalgia", False),
    ],
)
def test_a_list_item_or_heading_that_names_a_term_and_describes_it_explains_it(
        text: str, term: str, explained: bool) -> None:
    assert _explained(text, term, format="markdown") is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # the answer to a question that asks what the term is
        ("## What is blepharitis?\n\nIt is an infection of the eyelids.\n", "blepharitis",
         True),
        ("## What are statins?\n\nThey are medicines that lower cholesterol.\n", "statins",
         True),
        ("What is a colonoscopy? A test that looks inside your colon.\n", "colonoscopy", True),
        # a sentence that takes up the term just named and gives its class
        ("You may need a colonoscopy. This is a test that looks inside your colon.\n",
         "colonoscopy", True),
        # a question about something else, no answer, or no class after the pronoun
        ("What is the dose of warfarin? It is 5 mg.\n", "warfarin", False),
        ("## What is blepharitis?\n\n## An overview\n\nRed eyes.\n", "blepharitis", False),
        ("Take your warfarin. It is a good idea to eat well.\n", "warfarin", False),
        ("Your colonoscopy went well. This is a test day.\n", "colonoscopy", False),
    ],
)
def test_an_answer_or_a_sentence_that_takes_up_the_term_explains_it(
        text: str, term: str, explained: bool) -> None:
    assert _explained(text, term, format="markdown") is explained


def test_a_spanish_answer_or_a_sentence_that_takes_up_the_term_explains_it() -> None:
    assert _explained("## ¿Qué es la blefaritis?\n\nEs una infección de los párpados.\n",
                      "blefaritis", lang="es", format="markdown")
    assert _explained("Puede necesitar una colonoscopia. Esta es una prueba que mira dentro "
                      "del colon.\n", "colonoscopia", lang="es")
    assert not _explained("Tome su warfarina. Es importante comer bien.\n", "warfarina",
                          lang="es")


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a hyphen (or two) between spaces is a dash typed on a keyboard
        ("**Dyspnea** - shortness of breath.\n", "Dyspnea", True),
        ("Words to know:\n\n- Pruritus -- itching\n", "Pruritus", True),
        # not a title's separator, nor a list item on the next line
        ("# Dyspnea - Overview\n\nRead on.\n", "Dyspnea", False),
        ("See a doctor about dyspnea\n  - and call us.\n", "dyspnea", False),
    ],
)
def test_a_typed_dash_explains_like_a_dash(text: str, term: str, explained: bool) -> None:
    assert _explained(text, term, format="markdown") is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # two or three names in brackets after what they name
        ("Some children make too much growth hormone (gigantism or acromegaly).\n",
         "acromegaly", True),
        ("Blood thinners (warfarin, heparin or apixaban) stop clots.\n", "heparin", True),
        # one name with an adjective before it
        ("It causes itchy swellings (local angioedema) on the arms.\n", "angioedema", True),
        # an aside, a word that is no name, or no words before the brackets
        ("It causes swelling (see angioedema) on the arms.\n", "angioedema", False),
        ("Take it with food (warfarin or not).\n", "warfarin", False),
        ("(Warfarin or heparin) are given.\n", "heparin", False),
    ],
)
def test_names_in_brackets_after_what_they_name_are_explained(
        text: str, term: str, explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a verb of calling names the term after what it names
        ("Your doctor may also call the procedure an EGD or esophagogastroduodenoscopy.\n",
         "esophagogastroduodenoscopy", True),
        ("Pain down the leg can come from a pinched nerve. Doctors call this sciatica.\n",
         "sciatica", True),
        # calling someone about it names nothing
        ("Please call the pharmacy about your warfarin.\n", "warfarin", False),
        ("Call your doctor if your warfarin dose changes.\n", "warfarin", False),
    ],
)
def test_a_verb_of_calling_names_the_term(text: str, term: str, explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # "which is a", "a type of", "refers to", and a short noun phrase set off by commas
        # before the rest of the clause
        ("Your doctor may give you warfarin, which is a medicine that thins the blood.\n",
         "warfarin", True),
        ("You may have dyspnea, a type of breathing problem.\n", "dyspnea", True),
        ("Dyspnea refers to shortness of breath.\n", "Dyspnea", True),
        ("Warfarin, a blood thinner, can cause bleeding.\n", "Warfarin", True),
        ("Your doctor may prescribe warfarin, a blood thinner, to prevent clots.\n",
         "warfarin", True),
        # an item of a list goes on with another noun
        ("Signs include cyanosis, a cough, fever, and pain.\n", "cyanosis", False),
        ("You may get cyanosis, a rash, or a fever.\n", "cyanosis", False),
        ("Take warfarin, a little at a time.\n", "warfarin", False),
        # a class noun with its article is an item of a list when ", and" another follows
        ("You get warfarin, a pill, and a card.\n", "warfarin", False),
        ("Take metformin, a diabetes medicine, and eat well.\n", "metformin", True),
        # "describes a", "a part of", "one of the" (heldout11: NINDS arachnoiditis page) …
        ("Arachnoiditis describes a pain disorder of the spine.\n", "Arachnoiditis", True),
        ("It swells the arachnoid, one of the membranes that surround the nerves.\n",
         "arachnoid", True),
        ("The sclera, a part of the eye, may turn yellow.\n", "sclera", True),
        # … but not a description of something else, nor "one of the" that ranks
        ("This page describes a treatment for arachnoiditis.\n", "arachnoiditis", False),
        ("Sepsis, one of the leading causes of death, needs fast care.\n", "Sepsis", False),
        ("Sepsis, one of the most common reasons for a hospital stay, is serious.\n",
         "Sepsis", False),
    ],
)
def test_an_apposition_or_relative_clause_that_gives_what_the_term_is_explains_it(
        text: str, term: str, explained: bool) -> None:
    assert _explained(text, term) is explained


def test_a_table_cell_that_holds_the_term_before_its_definition_explains_it() -> None:
    table = ("| Word | What it means |\n|---|---|\n| Diuretic | A medicine that helps you pass "
             "more urine |\n| Warfarin | 5 mg a day |\n")
    assert _explained(table, "Diuretic", format="markdown")
    assert not _explained(table, "Warfarin", format="markdown")
    html = ("<table><tr><th>Word</th><th>Meaning</th></tr><tr><td>Dyspnea</td><td>A condition "
            "in which you are short of breath</td></tr></table>")
    assert _explained(html, "Dyspnea", format="html")


def test_an_html_run_in_heading_that_names_a_term_and_describes_it_explains_it() -> None:
    assert _explained("<p><strong>Blepharitis.</strong> Makes your eyelids red.</p>",
                      "Blepharitis", format="html")
    assert not _explained("<p>Rest. <strong>Blepharitis.</strong> Makes your eyelids red.</p>",
                          "Blepharitis", format="html")


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        # "like" after a plural class noun gives a member of the class
        ("It is often linked to skin conditions like rosacea.", True),
        # after any other word it compares
        ("Her face turned red like rosacea.", False),
        ("It is often linked to skin problems like rosacea.", False),
    ],
)
def test_like_after_a_plural_class_noun_names_a_member(text: str, explained: bool) -> None:
    assert _explained(text, "rosacea") is explained


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        # every name of a list that a naming word opens and the sentence ends with
        ("This condition has been called vulvar vestibulitis syndrome, focal vulvitis, "
         "vestibulodynia, or vulvar vestibulitis.", True),
        ("It is also known as focal vulvitis, vestibulodynia and vestibulitis.", True),
        # the list goes on into a clause, or has only two names (the rule on "called X or Y"
        # reads those)
        ("It was called vestibulodynia, vulvodynia, or vestibulitis by doctors who saw it.",
         False),
        ("Doctors called it pain, vestibulitis and worse when they could not treat it.", False),
    ],
)
def test_every_name_of_a_list_after_a_naming_word_is_explained(text: str,
                                                               explained: bool) -> None:
    assert _explained(text, "vestibulitis") is explained


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        # the technical names in brackets after what they name
        ("It attacks the glands that make tears and saliva (the lacrimal and salivary "
         "glands).", True),
        # a bracket without its article, one that lists with commas, or the long form of an
        # abbreviation names nothing before it
        ("It attacks the glands that make tears (lacrimal and tear ducts).", False),
        ("It attacks some glands (the lacrimal, salivary and sweat glands).", False),
        ("Ask about the LSG (the lacrimal and salivary glands) test.", False),
    ],
)
def test_technical_names_in_brackets_after_what_they_name_are_explained(
        text: str, explained: bool) -> None:
    assert _explained(text, "lacrimal") is explained


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        # a class noun in apposition says what the term is
        ("Exposure may cause asbestosis, a lung disease, in workers.", True),
        ("Exposure may cause asbestosis, lung disease caused by asbestos.", True),
        # the same noun as one item of a list says nothing of it
        ("Exposure may raise the risk of asbestosis, lung cancer, mesothelioma, and other "
         "cancers.", False),
        ("Exposure may raise the risk of asbestosis, lung cancer or mesothelioma.", False),
    ],
)
def test_a_class_noun_that_is_an_item_of_a_list_is_no_gloss(text: str, explained: bool
                                                            ) -> None:
    assert _explained(text, "asbestosis") is explained


def test_other_before_a_class_noun_makes_the_item_before_it_a_member() -> None:
    assert _explained("Exposure may raise the risk of lung cancer, mesothelioma, other "
                      "cancers, and lung disease.", "mesothelioma")


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a class noun in apposition: an exam is a test
        ("You may need a sigmoidoscopy, an exam that looks inside the rectum.", "sigmoidoscopy",
         True),
        ("Ask about a colonoscopy, a test that looks inside the colon.", "colonoscopy", True),
        # two adjectives before a noun are a list of what it is, not an apposition
        ("She had an inflamed, swollen tumor.", "inflamed", False),
        ("The scan showed an inflamed, infected growth.", "inflamed", False),
        ("He has a chronic, inflammatory disease.", "chronic", False),
    ],
)
def test_a_class_noun_after_a_comma_explains_a_noun_not_an_adjective_before_it(
    text: str, term: str, explained: bool
) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "explained"),
    [
        # "como" after a plural class noun gives its members, article or not
        ("Evite medicamentos como la warfarina.", True),
        ("Evite fármacos como warfarina.", True),
        # the class noun's adjectives may stand between, and the medicine may be a later
        # item of the list (a MedlinePlus opioid page)
        ("Evite analgésicos fuertes recetados como la heparina o la warfarina.", True),
        ("Incluyen analgésicos fuertes como la oxicodona, fentanilo y warfarina.", True),
        ("Tome antibióticos como la amoxicilina o la warfarina.", True),
        # after any other word it compares or says how
        ("Funciona como la warfarina.", False),
        ("Evite alimentos como la warfarina.", False),
        ("Evite alimentos fuertes como la heparina o la warfarina.", False),
    ],
)
def test_a_spanish_medicine_after_its_class_and_como_is_explained(text: str,
                                                                  explained: bool) -> None:
    assert _explained(text, "warfarina", "es") is explained


@pytest.mark.parametrize("text", [
    # adjectives after their noun are no list of its members
    "El cáncer de mama avanzado o metastásico es grave.",
    "Cáncer de mama avanzado o metastásico",
])
def test_spanish_adjectives_after_a_class_noun_explain_no_term(text: str) -> None:
    assert _explained(text, "metastásico", "es") is False


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a noun phrase after the comma, and the clause that says which thing it is
        ("It is a ballooning of the aorta, the large artery that carries blood from the heart.",
         "aorta", True),
        ("You may get cyanosis, a blue color of the skin that shows low oxygen.", "cyanosis",
         True),
        ("Some people need dialysis, a process which uses a machine to filter blood.",
         "dialysis", True),
        # the same shape as an item of a list that goes on is no explanation
        ("Signs include cyanosis, a cough that lasts, and fever.", "cyanosis", False),
        ("Signs include cyanosis, a cough that lasts, or fever.", "cyanosis", False),
        # a relative clause with no noun phrase before it describes nothing
        ("You may get cyanosis, which is serious.", "cyanosis", False),
        # after a phrase that opens the sentence, the noun phrase is the subject
        ("After your colonoscopy, the nurse that helped you will call.", "colonoscopy", False),
        ("When you have cyanosis, the doctor that sees you checks your oxygen.", "cyanosis",
         False),
        ("In adults, cyanosis, a blue color of the skin that shows low oxygen, is rare.",
         "cyanosis", True),
    ],
)
def test_a_noun_phrase_and_its_relative_clause_after_a_comma_explain_a_term(
    text: str, term: str, explained: bool
) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(("text", "term", "explained"), [
    # MedlinePlus's page on blood thinners opens its answer so; "anticoagulante" is then
    # explained everywhere in the page
    ("Los anticoagulantes son medicamentos que evitan la formación de coágulos.",
     "anticoagulantes", True),
    ("La leucemia es el cáncer de las células blancas de la sangre.", "leucemia", True),
    # a comma that closes an opening clause is no apposition: untagged Spanish reads no
    # class after a comma
    ("Si tiene sibilancias, las pruebas pueden mostrar la causa.", "sibilancias", False),
    ("Las sibilancias son comunes en los niños.", "sibilancias", False),
    # a name goes on past its noun where adjectives follow it (MedlinePlus, "Presión
    # arterial alta": "Esto se llama presión sistólica")
    ("Cuando late, el corazón bombea. Esto se llama presión sistólica.", "sistólica", True),
    ("Su presión sistólica es alta.", "sistólica", False),
    ("Se llama al médico si la presión sistólica sube.", "sistólica", False),
])
def test_a_spanish_class_after_the_copula_or_a_named_noun_explains(
        text: str, term: str, explained: bool) -> None:
    assert _explained(text, term, "es") is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # "e.g." opens a list of examples of what comes before it, as "such as" does
        ("A piece of enlarged tissue may be the cause (e.g., polyp or enlarged lymph gland).",
         "polyp", True),
        ("A piece of enlarged tissue may be the cause (e.g. a polyp or a cyst).", "polyp",
         True),
        # in running text it may open no list of the noun before it ("Herbs do not work,
        # e.g. maxingshigan, or therapeutic doses would be too high")
        ("A piece of tissue may be the cause, e.g. in the bowel, or a polyp may be.", "polyp",
         False),
        # without it, a list names no class
        ("A polyp and an enlarged lymph gland may be the cause.", "polyp", False),
    ],
)
def test_e_g_opens_a_list_of_examples(text: str, term: str, explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a nutrient is a class: its members after "like" are explained as vitamins are
        ("Fruits give you valuable nutrients, like fiber, folate, potassium, and vitamin C.",
         "folate", True),
        ("Fruits give you fiber, folate, potassium, and vitamin C.", "folate", False),
        # a defect is a class of condition
        ("The baby was born with gastroschisis, a birth defect of the belly wall.",
         "gastroschisis", True),
        ("The baby was born with gastroschisis and a heart defect.", "gastroschisis", False),
    ],
)
def test_nutrients_and_defects_are_class_nouns(text: str, term: str, explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # the class after the nouns an adjective modifies says what the whole name is
        ("It often occurs with tracheoesophageal fistula, a birth defect in which part of the "
         "esophagus is joined to the windpipe.", "tracheoesophageal", True),
        ("Asbestos can cause pleural mesothelioma, a cancer of the lining of the lungs.",
         "pleural", True),
        # not an item of a list, with no article
        ("Asbestos can cause pleural plaques, lung cancer, or other diseases.", "pleural",
         False),
        ("It hurts along the greater occipital nerve, the lesser occipital nerve or both.",
         "occipital", False),
        # nor a noun after an opening phrase, which is no class
        ("After pleural surgery, a nurse helps you walk.", "pleural", False),
        ("In clinical practice, the most common tests are blood tests.", "clinical", False),
        # nor a class noun that modifies the noun after it, or is the subject of a verb
        ("Among 1,732 samples from asymptomatic patients, the antigen test sensitivity was "
         "low.", "asymptomatic", False),
        ("However, for abdominal trauma, a negative exam does not rule out injury.",
         "abdominal", False),
    ],
)
def test_a_class_in_apposition_after_the_nouns_a_term_modifies_explains_it(
        text: str, term: str, explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # where a part of the body is says what it is, of the part or of the adjective
        # before its class noun
        ("Mumps makes the parotid gland, located in front of the ear, swell.", "parotid",
         True),
        ("The thymus, located behind the breastbone, makes white blood cells.", "thymus",
         True),
        # of another thing it says nothing of what the word is
        ("Metastatic cells, found in the blood, were counted.", "Metastatic", False),
        ("The parotid gland swells in front of the ear.", "parotid", False),
        # a part of the body is a class: "a gland", "organs like"
        ("The thymus, a gland in the chest, makes white blood cells.", "thymus", True),
    ],
)
def test_where_a_part_of_the_body_is_explains_it(text: str, term: str,
                                                 explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # the sentence after the one the term opens says what the term means
        ("Leukodystrophy is not a single disorder. The term refers to a group of rare "
         "disorders of the brain.", "Leukodystrophy", True),
        ("Dysphagia is common. This word means trouble swallowing.", "Dysphagia", True),
        # a sentence after that says something else, or a term that does not open its sentence
        ("Leukodystrophy is not a single disorder. It is rare.", "Leukodystrophy", False),
        ("Some children get leukodystrophy. The term refers to a group of disorders.",
         "leukodystrophy", False),
    ],
)
def test_a_sentence_that_says_what_the_term_means_explains_the_sentence_before(
        text: str, term: str, explained: bool) -> None:
    assert _explained(text, term) is explained


def test_a_spanish_sentence_that_says_what_the_term_means_explains_it() -> None:
    assert _explained("La leucodistrofia no es un solo trastorno. El término se refiere a un "
                      "grupo de enfermedades raras.", "leucodistrofia", lang="es")


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a list that ends in other things of the term's class says what the term is
        ("A gastroenterologist or other trained health care provider does the test.",
         "gastroenterologist", True),
        ("Avoid ibuprofen, naproxen, and other medicines for pain.", "naproxen", True),
        ("Cyanosis and other diseases of the blood are rare.", "Cyanosis", True),
        # an item further from "other", whose class may be another ("asbestosis" is no
        # cancer), other things of another class, or "other" not after a list word
        ("Avoid naproxen, ibuprofen, and other medicines for pain.", "naproxen", False),
        ("Tell us about dyspnea and other problems.", "dyspnea", False),
        ("A gastroenterologist and other medicines are costly.", "gastroenterologist", False),
        ("Avoid naproxen; other medicines are safer.", "naproxen", False),
        # an abbreviation is explained by its long form, not by its class; an adjective
        ("The manual for diagnosing ASD and other conditions is new.", "ASD", False),
        ("Its side effects are worrisome, and other drugs are as good.", "worrisome", False),
    ],
)
def test_an_item_of_a_list_of_other_things_of_its_class_is_explained(
        text: str, term: str, explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a sentence that opens on a procedure and tells what the carer does in it
        ("In laparoscopic surgery, which is increasingly common, surgeons make small cuts in "
         "the abdomen.", "laparoscopic surgery", True),
        ("During a colonoscopy, the doctor uses a long tube to look inside the colon.",
         "colonoscopy", True),
        # what happens to the reader, what was found once, an abbreviation, or a condition
        ("During a colonoscopy, you may get medicine to relax.", "colonoscopy", False),
        ("During a colonoscopy, doctors found polyps.", "colonoscopy", False),
        ("During an MRI, the technician asks you to lie still.", "MRI", False),
        ("In sarcoidosis, doctors see swelling.", "sarcoidosis", False),
    ],
)
def test_what_the_carer_does_in_a_procedure_explains_it(text: str, term: str,
                                                        explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a technical participle is an adjective of the subject the sentence defines
        ("Necrotizing fasciitis is a serious bacterial infection of the skin.", "fasciitis",
         True),
        ("Necrotizing fasciitis is a serious bacterial infection of the skin.", "Necrotizing",
         True),
        # an everyday one opens a clause whose object the term is
        ("Treating sarcoidosis is a good idea.", "sarcoidosis", False),
    ],
)
def test_a_technical_participle_is_a_word_of_the_defined_subject(text: str, term: str,
                                                                 explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # ", which is the …" says what the term is, unless "the" ranks it
        ("It may be needed for avascular necrosis, which is the death of bone.",
         "avascular necrosis", True),
        ("Take warfarin, which is the usual treatment.", "warfarin", False),
    ],
)
def test_which_is_the_says_what_a_term_is(text: str, term: str, explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a class noun with its article before a list names each item
        ("A tumor may make too much of the hormones cortisol, aldosterone, or somatostatin.",
         "somatostatin", True),
        ("The patient was switched to the drugs telmisartan and metoprolol.", "metoprolol",
         True),
        # a class noun that is a word of an item names no later item
        ("The other type causes muscle pain, transitory edema, and fever.", "transitory",
         False),
    ],
)
def test_a_class_noun_before_a_list_names_each_item(text: str, term: str,
                                                     explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # the second of a pair of types named in their class, as the first is
        ("Two serious forms of this are kwashiorkor and marasmus.", "marasmus", True),
        ("The two types of trophoblastic disease are hydatidiform mole and choriocarcinoma.",
         "hydatidiform", True),
        # a longer list of types says nothing of what its last item means
        ("The main types of diabetes are type 1, type 2, and gestational.", "gestational",
         False),
    ],
)
def test_a_pair_of_types_named_in_their_class_is_explained(text: str, term: str,
                                                           explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a name in brackets of an adjective and a noun names what comes before it: both
        ("It may result in soft, bowed bones (hypophosphatemic rickets) in the legs.",
         "hypophosphatemic", True),
        ("It gives itchy swellings (local angioedema) on the skin.", "angioedema", True),
        # a noun before the term names it too (CDC acrylamide page), but the noun of the
        # term is not named as the whole
        ("The resulting substances (hemoglobin adducts) are measured.", "adducts", True),
        ("It is an enzyme found in the liver (aspartate aminotransferase).",
         "aminotransferase", True),
        ("Its levels (aminotransferase enzymes) are measured.", "aminotransferase", False),
        # a bracket that is no name of what comes before it
        ("It may result in soft bones (see hypophosphatemic rickets).", "hypophosphatemic",
         False),
    ],
)
def test_a_modifier_of_a_bracketed_name_is_explained_with_it(text: str, term: str,
                                                              explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # what a test of the term, opening the sentence, finds or measures
        ("A visual acuity test detects how well you see at various distances.",
         "visual acuity", True),
        ("The creatinine test measures how well your kidneys work.", "creatinine", True),
        # a test named inside a clause says nothing of what it finds
        ("Ask if your creatinine test shows problems.", "creatinine", False),
        # the subject's abbreviation as another name between commas is passed
        ("Adrenocortical carcinoma, or ACC, is a cancer of the adrenal glands.", "carcinoma",
         True),
        # ", which are two small glands …" says what the term is
        ("The adrenal glands, which are two small glands on top of each kidney, make "
         "hormones.", "adrenal glands", True),
    ],
)
def test_what_a_test_finds_or_a_number_of_things_says_what_a_term_is(
        text: str, term: str, explained: bool) -> None:
    assert _explained(text, term) is explained


@pytest.mark.parametrize(
    ("text", "term", "explained"),
    [
        # a plural noun phrase that says what the term is: after ", which are", or after
        # "are" when a relative clause follows it
        ("It harms the glomeruli, which are tiny clusters of blood vessels in the kidneys.",
         "glomeruli", True),
        ("The ureters are tubes that carry urine from the kidneys to the bladder.", "ureters",
         True),
        ("Statins are problems for some.", "Statins", False),
        ("Seizures, which are common in children, can follow dyspnea.", "dyspnea", False),
        # "is characterized by", and a kind of thing with an adjective
        ("Hypokalemic periodic paralysis is characterized by a fall in potassium.",
         "Hypokalemic", True),
        ("The enzyme breaks down glycogen, a stored form of sugar used for energy.",
         "glycogen", True),
        # the name a syndrome bears is a word of the defined subject
        ("Goodpasture syndrome is a group of illnesses of the kidneys and lungs.",
         "Goodpasture", True),
        ("Sarcoidosis rates are a problem.", "Sarcoidosis", False),
    ],
)
def test_plural_glosses_descriptions_and_named_syndromes(text: str, term: str,
                                                        explained: bool) -> None:
    assert _explained(text, term) is explained


def test_the_plural_of_a_term_in_osis_is_that_term() -> None:
    """"-oses" is the plural of "-osis": the singular of a defined plural is explained."""
    assert _explained("The mucopolysaccharidoses are a group of inherited diseases. Each "
                      "mucopolysaccharidosis is rare.", "mucopolysaccharidosis")
