"""Finding the explanations a text already gives of its terms, per language.

A term is explained in place when an explanation follows it ("hypertension (high blood
pressure)", "hypertension, or high blood pressure", "…, also called …", "…, which means …",
"the aorta, the large artery that carries blood …"),
or follows the nouns it modifies ("the pelvic area (lower abdomen)"), or what it is for
follows it ("herbicides for destroying weeds"); when it is the
parenthesised technical name ("high blood pressure (hypertension)", "vocal (or phonic)
tics") or another name between commas ("High blood pressure, or hypertension, …"); when it
is the subject of a sentence that defines it, or a word of a short one ("Cellulitis is a
skin infection …", "Impaired fecundity is a condition …", "Spina bifida happens if …", "La
apnea es un trastorno …"), a dictionary's entry defined under it, or the term of an HTML
definition list; when it is named after what it is ("growths, called polyps", "are called
“orofacial clefts”", "called endocrine pancreatic cancer or islet cell cancer", "the
diabetes drug metformin", "the bacteria that causes gonorrhea, Neisseria gonorrhoeae"),
before its class ("the FMR1 gene") or by a word that ends in its class ("parvovirus"); or
when it is given as another name of the page's subject ("Also called: Pediculosis", below a
MedlinePlus title; a list under "Medical or Scientific Name").  An abbreviation is explained
where the text spells it out (:func:`abbreviation_definitions`), in brackets or after "for"
("LAIV for “Live Attenuated Influenza Vaccine”"), or names it in its class.  The marks of a
bold or italic term ("**Sarcoidosis** is …", "<em>…</em>") stand between it and what
explains it.

The words of these patterns are kept per language, as ``literacy.communication.lexicon``
keeps those of the communication checks: an :class:`Explanations` for English and one for
Spanish, chosen by the engine's language (:data:`EXPLANATIONS`), so that a word of one
language never matches in a text of the other.  Brackets, dashes and colons are the same
in both.  ``literacy.jargon`` asks them whether a term it found is explained.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Collection, Iterator, Mapping, Sequence
from dataclasses import dataclass, field

from literacy.parsing import Sentence, Word
from literacy.suggestions import english_lemmas, link_end

__all__ = ["ENGLISH", "EXPLANATIONS", "SPANISH", "Explanations", "abbreviation_definitions"]

_NAMED_CONDITIONS = frozenset({"syndrome", "disease"})  # what a person's name may name
_LIST_ITEMS = 4  # items of a list read back to the class noun before them
_ITEM_WORDS = 3  # words of one item of such a list, at most
_WORD = re.compile(r"[\w-]+")
# "the" before what a thing is ("is the quivering of …"), not before a word that ranks it or
# names a role it plays ("the #2 cancer killer", "the most common cause", "the usual
# treatment", "the leading cause of …").
_UNRANKED_THE = (
    r"the\s+(?!(?:most|least|leading|main|major|usual|primary|chief|principal|first|second|"
    r"third|number|top|only|same|best|worst|biggest|largest|greatest|highest|lowest|next|last|"
    r"key|cause|result|reason|way|one|other|\w{3,}est|\d+\w*)\b|#|\d)(?=\w)")
_PRESENT_OR_MODAL = frozenset({"VBZ", "VBP", "MD"})  # "uses", "lie", "may"
_AFTER_REACH = 40  # characters after a term where its explanation starts
_LIST_OF_NAMES_REACH = 300  # characters around a term in a list of names that ends a sentence
_BEFORE_REACH = 60  # characters before a term where what names it starts
_LINK_ADDRESS = re.compile(r"(?<=\])\([^()\s]*\)")  # "(https://…)" after a link's text
_LINK_ADDRESS_REACH = 500  # characters before the reach where link addresses are looked for
_RELATIVE_CLAUSE_REACH = 200  # characters of a relative clause where a list may go on
_LIST_REACH = 600  # characters before a term where the list it ends may start
# The tags of a word that opens a sentence with a phrase before its subject: a preposition or
# a subordinating conjunction ("After", "If"), or "When", "Where".
_OPENING_TAGS = frozenset({"IN", "WRB"})
# A defined subject of several words: at most this many words besides the term, and what
# they may be (an adjective or a noun; not one that ranks: "Most colorectal cancers are …").
_SUBJECT_WORDS = 2
_SUBJECT_LEAD_REACH = 40  # characters before a term where that subject starts
_NOMINAL = frozenset({"ADJ", "NOUN", "PROPN"})
_NOT_IN_NAMES = frozenset({"VERB", "AUX", "ADP", "PRON", "SCONJ"})
_FINITE_VERBS = frozenset({"VBZ", "VBP", "VBD", "MD"})
_RANKING_TAGS = frozenset({"JJR", "JJS"})
_MODIFIERS = frozenset({"ADJ", "NOUN"})  # the parts of speech of the words a name opens with
_MODIFIERS_AFTER = 2  # adjectives after a plural class noun, where they follow it
_POSSESSIVE = "PRP$"  # "your", "their"
# A bracket that explains the nouns before it, perhaps after the bracket of their abbreviation:
# it opens on a word, in lower case ("the pelvic area (lower abdomen)").
_HEAD_GLOSS = re.compile(r"\s*(?:\([A-Z][\w-]*\)\s*)?\(\s*(\w)")
_ONE_WORD_BRACKET = re.compile(r"\(\s*[\w-]+\s*\)")
_PARTICIPLES = frozenset({"VBN", "VBG"})
_VERB_FORMS = _PARTICIPLES | {"VBD"}  # a participle the tagger may read as a past tense
# What may stand between a subject and the verb that defines it: its abbreviation ("A harmful
# algal bloom (HAB) occurs when …", "Adrenocortical carcinoma, or ACC, is a cancer …") or how
# to say it ("Pericarditis (PER-i-kar-DI-tis) is a condition …": syllables joined by hyphens,
# the stressed one in capitals).
_SUBJECT_BRACKETS = re.compile(
    r"(?:\s*\((?:[A-Z][A-Za-z0-9&-]{1,9}|(?=[^()]*[A-Z]{2})[A-Za-z]+(?:[-·][A-Za-z]+)+)\)|"
    r",\s+(?:or|o)\s+[A-Z]{2}[A-Za-z0-9&-]{0,8},)+"
)
# A footnote's mark, which may stand between a term and its gloss ("lymphoma,* a cancer").
_FOOTNOTE = "[*†‡]"
# The comma that closes a term given as another name, after the nouns it may modify
# ("Severe, or anaphylactic reactions, require …").
_APPOSITION_CLOSED = re.compile(r"(?:\s+[\w-]+){0,2},")
# A list's items under a heading: how far back the heading may be, and the lines between (an
# item, with its mark or as HTML, or a list's tag).
_HEADING_LIST_REACH = 600
_LIST_LINE = re.compile(r"\s*(?:[-*+•]\s|\d+[.)]\s|</?(?:li|ul|ol)\b)", re.IGNORECASE)
# The end of a term of an HTML definition list, and its definition's start.
_DEFINITION_TERM_END = re.compile(r"\s*</dt\s*>\s*<dd[\s>]", re.IGNORECASE)
# The marks around a bold or italic term, in Markdown and in HTML.
# Marks that close a bold, italic or quoted term: its explanation follows them ("“coagulant”
# means to thicken").  Single quotes are left out: they are also apostrophes ("patients' ").
_CLOSING_MARKUP = re.compile(r"(?:\*{1,3}|_{1,3}|</(?:b|strong|em|i|u|mark)>|[\"”])+",
                             re.IGNORECASE)
_OPENING_MARKUP = re.compile(r"(?:\*{1,3}|_{1,3}|<(?:b|strong|em|i|u|mark)>)+$", re.IGNORECASE)
_MARKUP_REACH = 24  # characters of those marks before a term
_CELL_BORDER = re.compile(r"[ \t]*\|")  # between the cells of a Markdown table's row
_NEXT_TEXT = re.compile(r"(?:\s|<[^<>]*>|[*_>])*")  # marks before a sentence's next text
_LINE_LEAD = re.compile(r"[ \t]*(?:<[^<>]*>\s*)*")  # what may open a paragraph's line
_WORD_START = operator.attrgetter("start")
# Marks that open a quotation: a name may be quoted after the word that gives it ("are
# called “orofacial clefts”").
_OPENING_QUOTES = "\"“‘'"
# The word right before a term, when it may be a class noun.
_CLASS_BEFORE = re.compile(r"\b([^\W\d_]+)\s+$")
_LAST_WORD = re.compile(r"(?<![\w-])([\w-]+)\s+$")
# A phrase's lookbehind, which a word before a term does not end with: "(?<=\()e.g.".
_LOOKBEHIND = re.compile(r"^\(\?<=\\\(\)")
# A comma between words, not one of a number's thousands ("Among 1,732 samples, …").
_CLAUSE_COMMA = re.compile(r",(?!\d)")


@dataclass(frozen=True)
class Explanations:
    """How one language's text explains a term in place; patterns are case-insensitive."""

    # What follows a term and explains it, after the same marks in every language: "(",
    # a dash, a colon.
    after: re.Pattern[str]
    # What follows the subject of a sentence that defines it: "is a", "es un".
    defined_as: re.Pattern[str]
    # Words that may stand before that subject, and before a term a word names.
    articles: tuple[str, ...]
    # Words right before a term that name it ("called"), unless a pronoun stands before
    # them ("we called"); phrases that give it as an example ("such as"), and that give it
    # as a type of a thing, alone or the second of a pair ("Two serious forms of this are
    # kwashiorkor and marasmus").
    naming: tuple[str, ...] = ()
    pronouns: tuple[str, ...] = ()
    examples: tuple[str, ...] = ()
    types_of: tuple[str, ...] = ()
    # A listed term's class nouns by its category ("the diabetes drug metformin"); an
    # unlisted word may follow any of them where adjectives come before their noun
    # (``unlisted_after_class``): in Spanish the word after a class noun is as often its
    # adjective ("infecciones oportunistas", "virus encapsulados"), so only a listed term
    # of the class's own kind is named by it ("el medicamento warfarina").  A class noun of
    # another kind modifies the term ("breast cancer incidence rates": an incidence rate is
    # not a cancer) and explains nothing.
    class_nouns: Mapping[str, frozenset[str]] = field(default_factory=dict)
    unlisted_after_class: bool = True
    # The categories whose class nouns may follow a name, the name of a thing of that class
    # ("the FMR1 gene", "the Variola major virus"); a condition's name before one names the
    # germ or the medicine by the condition ("the rubella virus", "the HPV vaccine") and
    # does not say what the condition is.
    named_before_class: tuple[str, ...] = ()
    # Class nouns that end a word and say what it is: "parvovirus" is a virus.  Only those
    # that always do ("ringworm" is a fungus, "dolomite" no mite).
    class_endings: tuple[str, ...] = ()
    # Words that join a term to the one before it: as an alternative ("vocal (or phonic)
    # tics"), and in a list after a word that names ("called myeloid or myelocytic").
    alternative: tuple[str, ...] = ()
    listing: tuple[str, ...] = ()
    # Words that open a clause that tells which thing a noun is ("the bacteria that causes
    # gonorrhea, Neisseria gonorrhoeae").
    relative: tuple[str, ...] = ()
    # Words after a plural class noun that give its members ("skin conditions like
    # rosacea"); after any other word they may compare ("pain like angina") and say
    # nothing of what the term is.
    members_after_class: tuple[str, ...] = ()
    # Kinds most adults know that name their members after such a word, by category
    # ("opioids (like hydrocodone …)"), but are no class nouns elsewhere: as modifiers they
    # say nothing of what the next word is ("opioid analgesics", "antibiotic lock solution").
    member_kinds: Mapping[str, frozenset[str]] = field(default_factory=dict)
    # Words that open a list of examples, each of which they name as the first ("such as
    # leucopenia, neutropenia and thrombocytopenia").
    example_lists: tuple[str, ...] = ()
    # The word that makes the items before it members of a class ("mesothelioma, other
    # cancers").
    others: tuple[str, ...] = ()
    # The nouns for people who give care, a class for the clinical terms that name them ("a
    # gastroenterologist or other trained health care provider").
    carers: frozenset[str] = frozenset()
    # What opens a sentence that tells what is done in a procedure named next, and the
    # words that may stand before the carer who does it after the comma ("During a
    # colonoscopy, the doctor uses …", "In laparoscopic surgery, surgeons make small cuts …").
    scene: re.Pattern[str] | None = None
    doer_lead: tuple[str, ...] = ()
    # Who does a procedure besides the :attr:`carers` ("the surgeon", "a technician").
    procedure_doers: frozenset[str] = frozenset()
    # Words that open a line of other names for the page's subject ("Also called:").
    other_names: tuple[str, ...] = ()
    # Words between an abbreviation and its long form ("LAIV for …", "ER stands for …").
    stands_for: tuple[str, ...] = ()
    # The verbs that say what a subject is ("is", "are"), the indefinite articles, and the
    # words that join clauses or negate (no class gloss follows them).
    copulas: tuple[str, ...] = ()
    # Adjectives follow their noun, so a name goes on past its noun ("presión sistólica").
    modifiers_after: bool = False
    # Whether a class noun after a term's comma is read as its gloss.  Without parts of
    # speech a comma that closes an opening clause ("Si tiene asma, los medicamentos …")
    # cannot be told from one before an apposition, so Spanish reads a class only after
    # the copula ("Los anticoagulantes son medicamentos que …").
    apposition_glosses: bool = True
    # Verbs that open the description of a list item's name ("- Blepharitis. Makes your
    # eyelids red …").
    describing: tuple[str, ...] = ()
    indefinite: tuple[str, ...] = ()
    joining: tuple[str, ...] = ()
    # What follows a part of the body and says what it does, which says what it is ("Your
    # trigeminal nerve is responsible for sensations on your face"); of a condition it
    # would tell only what the condition leads to.
    part_function: re.Pattern[str] | None = None
    # What follows a part of the body, or the anatomical class noun a term modifies, and
    # says where it is ("the parotid gland, located in front of the ear").
    locating: re.Pattern[str] | None = None
    # What ends the text before a term that a verb of calling names, with what it names
    # ("Your doctor may also call the procedure an EGD or esophagogastroduodenoscopy",
    # "Doctors call this sciatica").
    calling: re.Pattern[str] | None = None
    # A question that asks what the term after it is ("What is blepharitis?"), what opens
    # its answer ("It is an infection …", "An infection …"), and what opens a sentence that
    # takes up the thing just named ("You may need a colonoscopy. This is a test …").
    question: re.Pattern[str] | None = None
    answer: re.Pattern[str] | None = None
    taken_up: re.Pattern[str] | None = None
    # What opens a plural noun phrase that says what the term is, after it or after the
    # subject it is in: "the glomeruli, which are tiny clusters of …", "The ureters are tubes
    # that carry urine …" (:meth:`Explanations.plural_gloss`).
    plural_gloss: re.Pattern[str] | None = None
    # What follows a term that opens its sentence and says what a test of it finds: "A
    # visual acuity test detects how well you see …".
    test_finds: re.Pattern[str] | None = None
    # What opens a sentence that says what the subject of the sentence before it means
    # ("Leukodystrophy is not a single disorder. The term refers to a group of …").
    meaning_next: re.Pattern[str] | None = None
    # A short noun phrase set off by commas after a term ("warfarin, a blood thinner, …"),
    # and the words that open an infinitive after it ("… to prevent clots").
    apposition: re.Pattern[str] | None = None
    infinitive: tuple[str, ...] = ()

    @functools.cached_property
    def subject_lead(self) -> re.Pattern[str]:
        """What may come before a defined subject in its sentence: an article, if any."""
        return re.compile(rf"^\W*(?:(?:{'|'.join(self.articles)})\s+)?$", re.IGNORECASE)

    @functools.cached_property
    def explained_before(self) -> re.Pattern[str]:
        """What ends the text right before a parenthesised term: "(the) technical name ("
        ("high blood pressure (hypertension)"), or "… (or" ("metastatic brain tumors (or
        brain metastases)")."""
        alternative = rf"(?:(?:{'|'.join(self.alternative)})\s+)?" if self.alternative else ""
        return re.compile(rf"\w[^()]{{2,}}\(\s*{alternative}$", re.IGNORECASE)

    @functools.cached_property
    def subject_words_lead(self) -> re.Pattern[str]:
        """What may come before a term that is a word of a defined subject: an article, if
        any, and at most :data:`_SUBJECT_WORDS` words, no mark between them (matched from the
        sentence's start)."""
        return re.compile(rf"\W*(?:(?:{'|'.join(self.articles)})\s+)?"
                          rf"(?:[\w-]+\s+){{0,{_SUBJECT_WORDS}}}$", re.IGNORECASE)

    @functools.cached_property
    def alternative_before(self) -> re.Pattern[str] | None:
        """What comes before a term given as another name between commas, from the sentence's
        start: one phrase, its comma (the sentence's first: "A, B, or C" is a list) and "or"
        ("High blood pressure, or hypertension, …"); None in a language without the word.
        :meth:`opens_with_name` checks that the phrase is a name."""
        if not self.alternative:
            return None
        return re.compile(rf"[^,;:()]*\w,\s+(?:{'|'.join(self.alternative)})\s+$",
                          re.IGNORECASE)

    @functools.cached_property
    def alternative_short_form(self) -> re.Pattern[str] | None:
        """An abbreviation given as another name after a comma and "or" ("sexually
        transmitted disease, or STD"), the abbreviation in group 1; None in a language
        without the word."""
        if not self.alternative:
            return None
        alternative = "|".join(self.alternative)
        return re.compile(rf",\s+(?:{alternative})\s+([A-Za-z][A-Za-z0-9&]{{1,9}})\b")

    @functools.cached_property
    def named_before_pattern(self) -> re.Pattern[str] | None:
        """What ends the text right before a term a word names (None in a language that has
        no such words), the term perhaps in quotation marks, or the last of a short list after
        that word ("also known as myeloid or myelocytic leukemia"): the words between are no
        words that join clauses ("called a scan to look for polyps or cancer" names no
        cancer), nor a comma ("called encephalitis, or inflammation of the tissue …" starts a
        new phrase).  An example may be the second of a pair ("Two serious forms of this are
        kwashiorkor and marasmus"), but a longer list of examples is not read so: "The main
        types of diabetes are type 1, type 2, and gestational" says nothing of what
        gestational means."""
        not_after_pronoun = "".join(rf"(?<!\b{pronoun} )" for pronoun in self.pronouns)
        articles = rf"(?:(?:{'|'.join(self.articles)})\s+)?"
        def item_before(most: int) -> str:
            """An optional item of one to ``most`` words that join nothing, and a word that
            lists, before the term."""
            if not self.listing:
                return ""
            return (rf"(?:(?:(?!(?:{'|'.join(self.joining)})\b)[\w'-]+\s+){{1,{most}}}"
                    rf"(?:{'|'.join(self.listing)})\s+{articles})?")

        words = [rf"{not_after_pronoun}(?<!so-)\b(?:{'|'.join(self.naming)})\s+{articles}"
                 rf"{item_before(4)}"] if self.naming else []
        words += [rf"\b(?:{'|'.join(self.examples)})\s+{articles}"] if self.examples else []
        words += [rf"\b(?:{'|'.join(self.types_of)})\s+{articles}{item_before(3)}"] if (
            self.types_of) else []
        if not words:
            return None
        return re.compile(rf"(?:{'|'.join(words)})[{_OPENING_QUOTES}]?$", re.IGNORECASE)

    @functools.cached_property
    def named_list(self) -> re.Pattern[str] | None:
        """A word that names, then a list of at least three short names that ends the
        sentence ("has been called vulvar vestibulitis syndrome, focal vulvitis,
        vestibulodynia, or vulvar vestibulitis."): each name one to four words, none a word
        that joins clauses; group 1 is the list.  None in a language without such words."""
        if not self.naming or not self.listing:
            return None
        word = rf"(?!(?:{'|'.join(self.joining)})\b)[\w'-]+"
        name = rf"{word}(?:\s+{word}){{0,3}}"
        return re.compile(
            rf"\b(?:{'|'.join(self.naming)})\s+({name}(?:,\s+{name})+,?\s+"
            rf"(?:{'|'.join(self.listing)})\s+{name})[\W\d]*$",
            re.IGNORECASE,
        )

    def in_named_list(self, source: str, start: int, end: int, sentence: Sentence) -> bool:
        """The term is in a list of names that a naming word opens and the sentence ends
        with (:attr:`named_list`); such a list is short, so only the text within
        :data:`_LIST_OF_NAMES_REACH` of the term is read."""
        if self.named_list is None or sentence.end - end > _LIST_OF_NAMES_REACH:
            return False
        match = self.named_list.search(source, max(sentence.start, start - _LIST_OF_NAMES_REACH),
                                       sentence.end)
        return match is not None and match.start(1) <= start and end <= match.end(1)

    @functools.cached_property
    def other_names_pattern(self) -> re.Pattern[str] | None:
        """What stands between a sentence's start and a term it gives as another name of
        the page's subject: "Also called: Celiac sprue, " (None in a language without such
        words)."""
        if not self.other_names:
            return None
        return re.compile(rf"(?:\W*(?:{'|'.join(self.other_names)})\s*:)+[^.;:]*$",
                          re.IGNORECASE)

    @functools.cached_property
    def other_names_heading(self) -> re.Pattern[str] | None:
        """A heading of other names for the page's subject, over the list that gives them
        ("## Medical or Scientific Name", "<h2>Other Names</h2>"); None in a language without
        such words."""
        if not self.other_names:
            return None
        return re.compile(rf"(?:<[^>]*>|[\W_])*(?:{'|'.join(self.other_names)})(?:<[^>]*>|[\W_])*",
                          re.IGNORECASE)

    def under_other_names(self, source: str, sentence: Sentence) -> bool:
        """The sentence is an item of a list under a heading of other names for the page's
        subject: the lines between are list items, blank, or tags."""
        if sentence.kind != "list_item" or self.other_names_heading is None:
            return False
        lines = source[max(0, sentence.start - _HEADING_LIST_REACH) : sentence.start].split("\n")
        for line in reversed(lines[:-1]):  # the last is this item's own mark
            if line.strip() and not _LIST_LINE.match(line):
                return bool(self.other_names_heading.fullmatch(line.strip()))
        return False

    @functools.cached_property
    def entry_definition(self) -> re.Pattern[str] | None:
        """What opens the text under a dictionary's entry and defines it: an indefinite
        article and a class noun within three words ("A condition in which …"), after a
        pronunciation in brackets if any; None in a language without class nouns."""
        if not self.any_class or not self.indefinite:
            return None
        return re.compile(rf"(?:\s|<[^>]*>|[*_])*(?:\([^()\n]*\)(?:\s|<[^>]*>)*)?"
                          rf"(?:{'|'.join(self.indefinite)})\s+(?:[\w-]+\s+){{0,2}}"
                          rf"(?:{'|'.join(sorted(self.any_class))})(?:e?s)?\b", re.IGNORECASE)

    def entry_defined(self, source: str, start: int, end: int, sentence: Sentence) -> bool:
        """The term is an entry by itself, and what follows defines it: a heading, a
        dictionary's entry, over a definition ("# sinusitis", then "A condition in which the
        tissue lining the sinuses … becomes swollen"), a table's cell before one ("| Diuretic
        | A medicine that …"), the term of an HTML definition list
        ("<dt>sinusitis</dt><dd>…"), whatever its definition says, or a list item that
        names it and goes on to say what it is ("- Periorbital cellulitis. A bacterial
        infection of …", "- Blepharitis. Makes your eyelids red …")."""
        if (sentence.kind == "list_item" or _run_in_heading(source, sentence)) and (
                self.item_described(source, sentence)):
            return True
        if sentence.kind == "heading" and self.heading_described(source, sentence):
            return True
        if not all(start <= word.start < end for word in sentence.words):
            return False
        if sentence.kind == "list_item":
            return bool(_DEFINITION_TERM_END.match(source, sentence.end))
        following = sentence.end
        if sentence.kind == "table_cell":  # the next cell of a Markdown row
            border = _CELL_BORDER.match(source, _past_markup(source, sentence.end))
            following = border.end() if border else sentence.end
        return self.entry_definition is not None and bool(self.entry_definition.match(
            source, following, following + _AFTER_REACH * 3))

    @functools.cached_property
    def item_description(self) -> re.Pattern[str] | None:
        """What opens the description of a list item's name: a definition's opening
        (:attr:`entry_definition`), a class noun and a relative word ("Medicines that …") or
        a verb that describes; None in a language without them."""
        openings = [self.entry_definition.pattern] if self.entry_definition else []
        if self.any_class and self.relative:  # "- **Diuretics.** Medicines that help …"
            openings.append(rf"\s*(?:{'|'.join(sorted(self.any_class))})(?:e?s)?\s+"
                            rf"(?:{'|'.join(self.relative)})\b")
        if self.describing_verb:
            openings.append(rf"\s*{self.describing_verb}")
        return re.compile("|".join(openings), re.IGNORECASE) if openings else None

    @functools.cached_property
    def describing_verb(self) -> str:
        """The pattern of a verb that says what the name before it is ("causes", "makes"),
        or "" in a language without them."""
        return rf"(?:{'|'.join(self.describing)})\b" if self.describing else ""

    def heading_described(self, source: str, sentence: Sentence) -> bool:
        """The heading is a short name, and the text under it opens with the name and a verb
        that describes it ("# Polymyalgia Rheumatica", then "Polymyalgia rheumatica causes
        muscle pain …")."""
        if not self.describing_verb or not _is_short_name(sentence.words):
            return False
        name = r"\s+".join(re.escape(word.text) for word in sentence.words)
        return bool(re.match(rf"\s*{name}\s+{self.describing_verb}",
                             source[sentence.end : sentence.end + _AFTER_REACH * 3],
                             re.IGNORECASE))

    def item_described(self, source: str, sentence: Sentence) -> bool:
        """The sentence is a short name that opens a list item (nouns and adjectives
        only, or a lone word), and the item goes on, on the same line, with what describes
        it."""
        if not (_is_short_name(sentence.words) or _is_lone_word(sentence.words)):
            return False
        after = _past_markup(source, sentence.end)  # "- **Blepharitis.** Makes …"
        line = source[after : after + _AFTER_REACH * 3].split("\n", 1)[0]
        return bool(self.item_description and self.item_description.match(line))

    @functools.cached_property
    def stands_for_pattern(self) -> re.Pattern[str] | None:
        """An abbreviation, the words that say it stands for something, and the long form
        (quoted or not) after them (None in a language without such words)."""
        if not self.stands_for:
            return None
        return re.compile(
            rf"\b([A-Za-z][A-Za-z0-9&-]{{1,9}})\s+(?:{'|'.join(self.stands_for)})\s+[\"“']?"
            r"([A-Za-z][^\"”().;:\n]{2,100})"
        )

    @functools.cached_property
    def named_before_ends(self) -> tuple[str, ...]:
        """How the last word before a term ends when :attr:`named_before_pattern` can match:
        it is tried only then (most words end otherwise)."""
        return tuple({_LOOKBEHIND.sub("", phrase.split()[-1])
                      for phrase in (*self.naming, *self.examples, *self.types_of,
                                     *self.listing)})

    @functools.cached_property
    def any_class(self) -> frozenset[str]:
        """Every class noun, of any category."""
        return frozenset().union(*self.class_nouns.values())

    @functools.cached_property
    def class_gloss(self) -> tuple[re.Pattern[str] | None, re.Pattern[str]] | None:
        """What says a term's class right after it, a class noun within three words: in
        apposition ("Listeria monocytogenes, bacteria found in soil", "metformin, a diabetes
        medicine", past a footnote's mark: "non-Hodgkin lymphoma,* a cancer …"; not after a
        word that joins clauses: "metformin, and your disease"; None where
        :attr:`apposition_glosses` is off), and after the verb that says what a subject is
        ("Pinworms are parasites …"; not "the", which ranks: "the leading cancer").  None
        in a language without class nouns or copulas."""
        if not self.any_class or not self.copulas:
            return None
        noun = rf"(?:[\w-]+\s+){{0,2}}(?:{'|'.join(sorted(self.any_class))})(?:e?s)?\b"
        joining = "|".join(self.joining)
        articles = "|".join(self.articles)
        indefinite = "|".join(self.indefinite)
        return (
            re.compile(rf"{_FOOTNOTE}*,{_FOOTNOTE}*\s+(?!(?:{joining})\b)(?:(?:{articles})\s+)?"
                       rf"{noun}", re.IGNORECASE) if self.apposition_glosses else None,
            re.compile(rf"\s+(?:{'|'.join(self.copulas)})\s+(?!(?:{joining})\b)"
                       rf"(?:(?:{indefinite})\s+)?{noun}", re.IGNORECASE),
        )

    @functools.cached_property
    def class_after(self) -> re.Pattern[str] | None:
        """A class noun of :attr:`named_before_class` right after a name, or after the one word
        that ends it ("the Variola major virus"; not a word that joins: "Cronobacter and
        other germs"); None in a language without them."""
        nouns = self._named_class_nouns
        if not nouns:
            return None
        return re.compile(rf"\s+(?:(?!(?:{'|'.join(self.joining)})\b)[\w-]+\s+)?{nouns}",
                          re.IGNORECASE)

    @functools.cached_property
    def abbreviation_class(self) -> re.Pattern[str] | None:
        """An abbreviation and a class noun of :attr:`named_before_class` right after it ("the
        FMR1 gene"); None in a language without them."""
        nouns = self._named_class_nouns
        return re.compile(rf"\b([A-Z][A-Za-z0-9-]{{1,9}})\s+{nouns}") if nouns else None

    @functools.cached_property
    def _named_class_nouns(self) -> str:
        """The class nouns of :attr:`named_before_class`, singular or plural, as a pattern
        (empty when there are none)."""
        nouns = frozenset().union(*(self.class_nouns[category]
                                    for category in self.named_before_class))
        return rf"(?:{'|'.join(sorted(nouns))})(?:e?s)?\b" if nouns else ""

    @functools.cached_property
    def class_ending(self) -> re.Pattern[str] | None:
        """A word or a name made of something and a class noun of :attr:`class_endings`,
        singular or plural ("parvovirus", "Mycobacterium", "herpes simplex virus"); None in a
        language without them."""
        if not self.class_endings:
            return None
        return re.compile(rf"\w[\w -]{{2,}}?(?:{'|'.join(self.class_endings)})(?:e?s)?",
                          re.IGNORECASE)

    @functools.cached_property
    def relative_class(self) -> re.Pattern[str] | None:
        """A noun, the clause that tells which one, and a comma, before a term: "the bacteria
        that causes gonorrhea, " (group 1 is the noun); None in a language without such
        words."""
        if not self.relative:
            return None
        return re.compile(rf"\b([a-z]+)\s+(?:{'|'.join(self.relative)})\s+(?:[\w-]+\s+){{0,3}}"
                          rf"[\w-]+,\s+$", re.IGNORECASE)

    @functools.cached_property
    def relative_apposition(self) -> re.Pattern[str] | None:
        """After a term's comma, an article, at most six words and a relative word: a noun
        phrase and the clause that says which thing it is ("the aorta, the large artery that
        carries blood …"); None in a language without such words."""
        if not self.relative:
            return None
        return re.compile(rf",\s+(?:{'|'.join(self.articles)})\s+(?:[\w-]+\s+){{1,6}}"
                          rf"(?:{'|'.join(self.relative)})\s", re.IGNORECASE)

    def described_in_apposition(self, source: str, position: int, sentence: Sentence
                                ) -> bool:
        """The term that ends at ``position`` is followed by a noun phrase that a relative
        clause describes (:attr:`relative_apposition`), and that phrase is not an item of a
        list: no comma and a word that lists follow it in the sentence, within reach
        ("signs include cyanosis, a cough that lasts, and fever" lists symptoms)."""
        pattern, list_word = self.relative_apposition, self.list_word_after_comma
        found = pattern.match(source, position, sentence.end) if pattern else None
        if found is None or _in_opening_phrase(source, position, sentence):
            return False
        reach = min(sentence.end, found.end() + _RELATIVE_CLAUSE_REACH)
        return list_word is None or list_word.search(source, found.end(), reach) is None

    @functools.cached_property
    def list_word_after_comma(self) -> re.Pattern[str] | None:
        """A comma and a word that lists (", and", ", or"): the last item of a list follows;
        None in a language without such words."""
        if not self.listing:
            return None
        return re.compile(rf",\s+(?:{'|'.join(self.listing)})\b", re.IGNORECASE)

    @functools.cached_property
    def list_before(self) -> re.Pattern[str] | None:
        """The items of a list before one of its later items, ending the text: one to three
        words each, none a word that lists or opens a list, with commas between and a comma
        or a word that lists after the last ("leucopenia, neutropenia and "); None in a
        language without such words."""
        separator = self.list_separator_at_end
        if separator is None:
            return None
        stops = "|".join((*self.listing, *self.members_after_class, *(
            word for phrase in self.example_lists for word in re.findall(r"[^\W\d_]+", phrase))))
        word = rf"(?!(?:{stops})\b)[^\W\d_][\w'-]*"
        item = rf"{word}(?:\s+{word}){{0,{_ITEM_WORDS - 1}}}"
        return re.compile(rf"(?<![\w'-])(?:{item},\s+)*{item}{separator.pattern}",
                          re.IGNORECASE)

    def list_goes_on_after(self, source: str, end: int, sentence: Sentence) -> bool:
        """A comma or a word that lists follows the term that ends at ``end``."""
        following = source[end : min(sentence.end, end + 6)].lower()
        return following.startswith(",") or any(
            re.match(rf"\s+{word}\b", following) for word in self.listing)

    @functools.cached_property
    def example_list_lead(self) -> re.Pattern[str] | None:
        """A word of :attr:`example_lists`, perhaps with an article, ending the text; None in
        a language without them."""
        if not self.example_lists:
            return None
        return re.compile(rf"\b(?:{'|'.join(self.example_lists)})\s+"
                          rf"(?:(?:{'|'.join(self.articles)})\s+)?$", re.IGNORECASE)

    def in_example_list(self, source: str, lead_end: int, end: int, sentence: Sentence,
                        listed_category: str) -> bool:
        """The term (ending at ``end``) is a later item of a list that a word of
        :attr:`example_lists` or a class noun and a word of :attr:`members_after_class`
        open, and so is named as its first item is ("blood conditions such as leucopenia,
        neutropenia and thrombocytopenia", "conditions like leucopenia and neutropenia").
        After a comma alone, the list must go on after the term: "Unlike drugs like
        benzodiazepines, buspirone lacks …" ends an opening phrase, not a list."""
        pattern = self.list_before
        if pattern is None:
            return False
        tail = source[max(sentence.start, lead_end - 9) : lead_end].lower()
        if self.modifiers_after:  # an item's own article: "la amoxicilina o la warfarina"
            tail = self.item_article.sub("", tail)
        if not any(tail.endswith(f" {word} ") for word in self.listing) and not (
            tail.endswith(", ") and self.list_goes_on_after(source, end, sentence)
        ):
            return False
        found = pattern.search(source, max(sentence.start, lead_end - _LIST_REACH), lead_end)
        if found is None:
            return False
        # The list starts after the last word in it that cannot be a word of a name ("The
        # common conditions are pressure sores, …": "are" opens no item); a word the tagger
        # only guessed a verb is none ("etanercept, anakinra, infliximab": a medicine).
        first = found.start()
        for index in _term_words(sentence, found.start(), lead_end):
            word = sentence.words[index]
            if word.pos in _NOT_IN_NAMES and (
                    word.pos != "VERB" or "VERB" in english_lemmas(word.text.lower())):
                first = word.end
        lead = source[_lead_start(source, sentence.start, first) : first]
        if self.example_list_lead and self.example_list_lead.search(lead):
            return True
        # Where adjectives follow their noun, a list right after a class noun may be its
        # adjectives ("cáncer de mama avanzado o metastásico"): a word that gives members
        # must open it ("analgésicos como la oxicodona, hidrocodona …")
        words = [word.lower() for word in _last_words(lead) if word.lower() not in self.articles]
        return not (self.modifiers_after and not (
            words and words[-1] in self.members_after_class)) and self.named_by_class(
                lead, listed_category)

    @functools.cached_property
    def members_after_class_pattern(self) -> re.Pattern[str]:
        """A plural noun, perhaps the clause that tells which ones (a word of
        :attr:`relative` and at most six words), perhaps a comma or a bracket, and a word of
        :attr:`members_after_class`, perhaps with an article, ending the text (group 1 is the
        noun: "skin conditions like ", "blood conditions, like ", "enfermedades como la ",
        "medicines that lower your immune system like ", "opioids (like ")."""
        words = "|".join(self.members_after_class)
        articles = "|".join(self.articles)
        which = (rf"(?:\s+(?:{'|'.join(self.relative)})(?:\s+[\w-]+){{1,6}})?"
                 if self.relative else "")
        # where adjectives follow the noun, up to two of them ("analgésicos fuertes
        # recetados como la"); a link's address may close the noun ("[analgésicos](…)")
        after = rf"(?:\s+[^\W\d_]+){{0,{_MODIFIERS_AFTER}}}" if self.modifiers_after else ""
        return re.compile(
            rf"\b(?!(?:{articles})\b)([^\W\d_]+s)(?:\]\([^()\s]*\))?{after}{which},?\s+\(?"
            rf"(?:{words})\s+(?:(?:{articles})\s+)?$", re.IGNORECASE)

    @functools.cached_property
    def class_ends(self) -> tuple[str, ...]:
        """How a class noun, singular or plural, ends: :data:`_CLASS_BEFORE` is tried only
        after a word that ends so."""
        return tuple(sorted(self.any_class | {f"{noun}s" for noun in self.any_class}))

    def explained_in_place(self, source: str, start: int, end: int, sentence: Sentence,
                           listed_category: str, hard: Collection[int] = ()) -> bool:
        """Whether the term at ``source[start:end]`` in ``sentence`` is explained there: it, or
        the nouns it modifies, are followed by an explanation; it is itself the parenthesised
        technical name or another name between commas; it is (a word of) the subject of a
        sentence that defines it, or an entry defined under it; or it is named after what it
        is, before its class or by a word that ends in it, or under a heading of other names
        (the module's docstring gives examples).  The explanation of a link's text follows
        the link ("[renal](…) (del riñón)"), and the marks of a bold or italic term stand
        around it ("**Sarcoidosis** is a disease …").  ``listed_category`` is a listed term's
        category (empty for any other word); ``hard`` are where the sentence's other terms
        that readers may not know start (a one-word bracket after one explains only it)."""
        if self.class_ending and self.class_ending.fullmatch(source, start, end):
            return True
        after_end = _past_markup(source, link_end(source, start, end))
        lead_end = _before_markup(source, start)
        after = source[after_end : min(sentence.end + 1, after_end + _AFTER_REACH)]
        if (self.after.match(after) and end < sentence.end) or self.plural_gloss_at(
                source, after_end, sentence, after_comma=True):
            return True
        if self.described_in_apposition(source, after_end, sentence) or self.part_located(
                source, start, end, sentence, listed_category):
            return True
        glosses = self.class_gloss
        if self.defines(source, after_end, sentence, listed_category) and (
            self.subject_lead.match(source[sentence.start : lead_end])
        ):
            return True
        gloss = glosses[0].match(after) if glosses and glosses[0] else None
        if gloss and not self.lists_on(source, after_end + gloss.end(), gloss.group(),
                                       sentence) and (
            not _coordinate_adjective(sentence, start, end)
        ) and not _verb_after(sentence, after_end) and not _no_apposition_after(
                sentence, after_end + gloss.end()):
            return True
        if not source[start:end].isupper() and self.member_of_others(
                source, start, end, after_end, sentence, listed_category):
            return True
        if self.class_after and (not listed_category or listed_category in
                                 self.named_before_class) and self.class_after.match(after):
            return True
        if start - sentence.start <= _SUBJECT_LEAD_REACH and self.in_defined_subject(
            source, start, end, sentence, listed_category, hard
        ):
            return True
        if self.in_defined_list(source, start, end, sentence):
            return True
        if source.find("(", after_end, after_end + _AFTER_REACH) >= 0 and _head_glossed(
            source, start, end, sentence, self.after, hard
        ):
            return True
        if self.head_in_apposition(source, start, end, sentence):
            return True
        lead_start = _lead_start(source, sentence.start, lead_end)
        before = source[lead_start:lead_end]
        for lead in (before, _without_genus(before, source[start:end]),
                     _without_modifiers(source, lead_start, sentence, start, end)):
            if lead and (self.named_before(lead) or self.named_by_class(lead, listed_category)):
                return True
        if any(self.named_by_class(lead, listed_category) for lead in self.before_list(before)):
            return True  # "the hormones cortisol, aldosterone, testosterone, or estrogen"
        if self.calling and self.calling.search(before):
            return True
        if self.modifiers_after and self.named_after_noun(before, source[start:end]):
            return True
        if not source[start:end].isupper() and self.in_example_list(
            source, lead_end, end, sentence, listed_category
        ):  # an abbreviation is explained by its long form, not as an example
            return True
        if self.other_names_pattern and self.other_names_pattern.match(
            source, sentence.start, lead_end
        ):
            return True
        if self.alternative_before and _APPOSITION_CLOSED.match(after) and (
            self.alternative_before.match(source, sentence.start, lead_end)
        ) and self.opens_with_name(start, sentence):
            return True
        if self.under_other_names(source, sentence):
            return True
        if self.in_named_list(source, start, end, sentence):
            return True
        if (sentence.kind in ("heading", "list_item", "table_cell")
                or _run_in_heading(source, sentence)) and self.entry_defined(
                    source, start, end, sentence):
            return True
        if self.procedure_described(source, start, end, sentence, listed_category) or (
                self.test_finds and self.test_finds.match(after) and self.subject_lead.match(
                    source[sentence.start : lead_end])):
            return True
        if self.answered(source, start, end, sentence) or self.meaning_follows(
                source, start, sentence) or self.among_bracketed_names(
                source, start, end, sentence) or self.short_apposition(
                    source, after_end, sentence):
            return True
        if source[after_end : after_end + 2].lstrip().startswith(")") and bool(
            self.explained_before.search(before)
        ):
            return True
        return self.in_technical_names(source, start, end, sentence)

    @functools.cached_property
    def taken_up_definition(self) -> re.Pattern[str] | None:
        """A sentence that takes up the thing just named and gives its class ("This is a
        test that …"); None in a language without such words."""
        if self.taken_up is None or self.entry_definition is None:
            return None
        return re.compile(self.taken_up.pattern + self.entry_definition.pattern,
                          re.IGNORECASE)

    def answered(self, source: str, start: int, end: int, sentence: Sentence) -> bool:
        """The term ends its sentence and the next one says what it is: the answer to a
        question that asks ("## What is blepharitis?", then "It is an infection of …"), or
        a sentence that takes it up and gives its class ("You may need a colonoscopy. This
        is a test that …")."""
        tail = _past_markup(source, end)
        if any(char.isalnum() for char in source[tail : sentence.end]):
            return False
        following = _past_marks_between(source, sentence.end)
        if self.question and self.answer and "?" in source[tail : sentence.end + 1] and (
            self.question.fullmatch(source, sentence.start, _before_markup(source, start))
        ):
            return bool(self.answer.match(source, following))
        return bool(self.taken_up_definition and self.taken_up_definition.match(
            source, following, following + _AFTER_REACH * 3))

    def meaning_follows(self, source: str, start: int, sentence: Sentence) -> bool:
        """The term opens its sentence, perhaps after an article, and the next sentence says
        what it means (:attr:`meaning_next`: "Leukodystrophy is not a single disorder. The
        term refers to a group of rare …")."""
        if self.meaning_next is None or not self.subject_lead.match(
                source[sentence.start : _before_markup(source, start)]):
            return False
        following = _past_marks_between(source, sentence.end)
        return bool(self.meaning_next.match(source, following, following + _AFTER_REACH))

    def short_apposition(self, source: str, position: int, sentence: Sentence) -> bool:
        """After the term at ``position``, a short noun phrase with its indefinite article set
        off by commas, and then the rest of the clause, a verb or "to": "Warfarin, a blood
        thinner, can cause bleeding", "prescribe warfarin, a blood thinner, to prevent clots".
        Not an item of a list, which goes on with another noun ("Signs include cyanosis, a
        cough, fever, and pain")."""
        if self.apposition is None:
            return False
        closed = self.apposition.match(source, position, sentence.end)
        if closed is None:
            return False
        following = _term_words(sentence, closed.end(), sentence.end)
        if not following:
            return False
        word = sentence.words[following[0]]
        return word.pos in ("VERB", "AUX") or word.text.lower() in self.infinitive

    @functools.cached_property
    def name_separator(self) -> re.Pattern[str]:
        """What stands between names listed in brackets: a comma, the language's word for
        "or", or both ("(gigantism or acromegaly)", "(warfarin, heparin or apixaban)")."""
        alternative = rf"(?:(?:{'|'.join(self.alternative)})\s+)?" if self.alternative else ""
        words = rf"|\s+(?:{'|'.join(self.alternative)})\s+" if self.alternative else ""
        return re.compile(rf"\s*,\s*{alternative}{words}", re.IGNORECASE)

    def among_bracketed_names(self, source: str, start: int, end: int, sentence: Sentence
                              ) -> bool:
        """The term is one of two or three names in brackets after what they name: "too much
        growth hormone (gigantism or acromegaly)", "blood thinners (warfarin, heparin or
        apixaban)", or the one name there of an adjective and a noun, either of which may be
        the term ("itchy swellings (local angioedema)", "soft, bowed bones (hypophosphatemic
        rickets)"), or of two nouns, the second the term ("the resulting substances
        (hemoglobin adducts)").  The brackets hold those names only, each of at most three
        words, and words come before them (the bracket of one name alone is
        :attr:`explained_before`'s)."""
        opening = source.rfind("(", sentence.start, start)
        closing = source.find(")", end, sentence.end + 1)
        if opening < 0 or closing < 0 or ")" in source[opening:start] or (
                "(" in source[end:closing]):
            return False
        if not self.explained_before.search(
                source[max(sentence.start, opening - _BEFORE_REACH) : opening + 1]):
            return False
        spans, position = [], opening + 1
        for separator in self.name_separator.finditer(source, opening + 1, closing):
            spans.append((position, separator.start()))
            position = separator.end()
        spans.append((position, closing))
        names = [[word for word in sentence.words if first <= word.start < last]
                 for first, last in spans]
        if not 1 <= len(names) <= 3 or not all(
                0 < len(name) <= 3 and any(word.pos in _NOMINAL for word in name)
                for name in names):
            return False
        if len(names) > 1:
            return any(name[0].start == start and name[-1].end == end for name in names)
        name = names[0]
        after_adjective = name[-1].end == end and len(
            [word for word in name if word.start < start]) == 1  # "(local angioedema)"
        the_adjective = len(name) == 2 and (start, end) == (name[0].start, name[0].end)
        return (after_adjective and name[0].pos in _MODIFIERS) or (
            the_adjective and name[0].pos == "ADJ")

    def head_in_apposition(self, source: str, start: int, end: int, sentence: Sentence
                           ) -> bool:
        """The term is an adjective or a participle before one or two nouns, and a class noun
        with its article follows them in apposition: "tracheoesophageal fistula, a birth
        defect in which …" says what the whole name is, as a bracket does after it
        (:func:`_head_glossed`).  Not an item of a list ("pleural plaques, lung cancer, or
        other diseases"; "the greater occipital nerve, the lesser occipital nerve"), nor the
        subject before its verb, nor the subject after an opening phrase ("In clinical
        practice, the most common tests …")."""
        glosses = self.class_gloss
        heads = _modified_nouns(sentence, start, end)
        if not heads or not glosses or glosses[0] is None:
            return False
        head_end = _past_markup(source, heads[-1].end)
        if _in_opening_phrase(source, head_end, sentence):
            return False
        after = source[head_end : min(sentence.end + 1, head_end + _AFTER_REACH)]
        gloss = glosses[0].match(after)
        if gloss is None:
            return False
        words = gloss.group().lower().replace(",", " ").split()
        # the same noun again lists another of its kind: "the greater occipital nerve, the
        # lesser occipital nerve, …"
        same_noun = words[-1] in (heads[-1].lemma.lower(), heads[-1].text.lower())
        return any(word in self.articles for word in words) and not same_noun and not (
            _verb_after(sentence, head_end)) and not _no_apposition_after(
            sentence, head_end + gloss.end())

    def part_located(self, source: str, start: int, end: int, sentence: Sentence,
                     listed_category: str) -> bool:
        """Where a part of the body is follows the term (:attr:`locating`): the term is a
        listed part ("the thymus, located behind the breastbone"), or names one by the class
        noun right after it ("the parotid gland, located in front of the ear"; a noun names
        the part as an adjective does: "the thyroid gland, located …")."""
        if not self.locating:
            return False
        part_ends = [_past_markup(source, link_end(source, start, end))] if (
            listed_category == "anatomy") else []
        inside = _term_words(sentence, start, end)
        if inside and inside[-1] + 1 < len(sentence.words):
            head = sentence.words[inside[-1] + 1]
            if head.lemma.lower() in self.class_nouns.get("anatomy", ()):
                part_ends.append(_past_markup(source, head.end))
        return any(self.locating.match(source, part_end,
                                       min(sentence.end + 1, part_end + _AFTER_REACH))
                   for part_end in part_ends)

    def in_technical_names(self, source: str, start: int, end: int, sentence: Sentence
                           ) -> bool:
        """The term is a word of the technical names in brackets after what they name: "the
        glands that produce tears and saliva (the lacrimal and salivary glands)".  The
        bracket opens on an article, then holds only adjectives, nouns and the words that
        list them, no comma, the term among them, and follows a word in lower case (not an
        abbreviation, whose long form it would be: "MMR (measles, mumps, and rubella)")."""
        opened = source.rfind("(", max(sentence.start, start - _AFTER_REACH), start)
        closed = source.find(")", end, min(sentence.end + 1, end + _AFTER_REACH))
        if opened < 0 or closed < 0 or any(mark in source[opened + 1 : closed]
                                           for mark in "(),;"):
            return False
        named = source[max(sentence.start, opened - _AFTER_REACH) : opened].rstrip()
        if not re.search(r"\w\W+[a-z][\w-]*$", named):
            return False
        inside = [sentence.words[index] for index in _term_words(sentence, opened + 1, closed)]
        if not 1 < len(inside) <= _SUBJECT_WORDS + 3 or (
                inside[0].text.lower().lstrip("(") not in self.articles):
            return False
        return all(_modifies(word) or word.text.lower().rstrip(")") in self.listing
                   for word in inside[1:])

    @functools.cached_property
    def others_of_class(self) -> re.Pattern[str] | None:
        """Right after a term, a word that lists, a word of :attr:`others` and a noun phrase
        ending in a class noun ("ibuprofen and other medicines for pain", "a gastroenterologist
        or other trained health care provider"): group 1 is the class noun.  Only the item
        next to "other" is read so: in a longer list the class may be that of the items
        nearest it ("asbestosis, lung cancer, mesothelioma, and other cancers").  None in a
        language without such words."""
        if not self.others or not self.listing:
            return None
        nouns = "|".join(sorted(self.any_class | self.carers))
        return re.compile(
            rf",?\s+(?:{'|'.join(self.listing)})\s+"
            rf"(?:{'|'.join(self.others)})\s+(?:[\w-]+\s+){{0,3}}?({nouns})(?:e?s)?\b",
            re.IGNORECASE)

    def member_of_others(self, source: str, start: int, end: int, position: int,
                         sentence: Sentence, listed_category: str) -> bool:
        """The term, a noun, is an item of a list that ends in other things of its class
        (:attr:`others_of_class`, read from ``position``): a class noun of its category, a
        carer for a clinical term, any class noun for a word no list holds.  Not an adjective
        ("the side effects are worrisome, and other drugs …"), nor a term whose head is
        itself a class noun ("colorectal cancer and other cancers" tells nothing new)."""
        found = self.others_of_class.match(
            source, position, min(sentence.end + 1, position + _LIST_OF_NAMES_REACH)
        ) if self.others_of_class else None
        inside = _term_words(sentence, start, end)
        head = sentence.words[inside[-1]] if inside else None
        if found is None or head is None or head.pos not in ("NOUN", "PROPN") or (
                head.lemma.lower() in self.any_class):
            return False
        noun = found.group(1).lower()
        if not listed_category:
            return self.unlisted_after_class and noun in self.any_class | self.carers
        return noun in self.class_nouns.get(listed_category, frozenset()) | (
            self.carers if listed_category == "clinical" else frozenset())

    @functools.cached_property
    def doer_after_scene(self) -> re.Pattern[str] | None:
        """After the procedure's name: a comma, perhaps a clause set off by commas ("which
        is increasingly common,"), then a carer (:attr:`carers` and :attr:`procedure_doers`),
        before its verb.  Not the reader: "During a colonoscopy, you may get medicine to
        relax" says what happens to you, not what the test is.  None in a language without
        such words."""
        if self.scene is None or not self.carers:
            return None
        doers = "|".join(sorted(self.carers | self.procedure_doers))
        lead = rf"(?:(?:{'|'.join(self.doer_lead)})\s+)?" if self.doer_lead else ""
        return re.compile(
            rf"\s*,\s+(?:(?:{'|'.join(self.relative)})\b[^,.;:]{{1,60}},\s+)?"
            rf"{lead}(?:[\w-]+\s+)?(?:{doers})s?\s+(?=[a-z])", re.IGNORECASE)

    def procedure_described(self, source: str, start: int, end: int, sentence: Sentence,
                            listed_category: str) -> bool:
        """The sentence opens on the procedure ("During a colonoscopy, ", :attr:`scene`) and
        goes on to say what the carer does in it (:attr:`doer_after_scene`), in the present,
        as a routine is told ("the doctor uses", "surgeons may make"; not "doctors found
        polyps"): a listed procedure or test, or a word no list
        holds; not an abbreviation, which only its long form explains."""
        if listed_category not in ("", "procedure", "test") or self.scene is None or (
                self.doer_after_scene is None) or source[start:end].isupper():
            return False
        if not self.scene.fullmatch(source, sentence.start, _before_markup(source, start)):
            return False
        head = end
        inside = _term_words(sentence, start, end)
        if inside and not listed_category:  # a word no list holds: the nouns it modifies
            nouns = _modified_nouns(sentence, start, end)
            head = nouns[-1].end if nouns else end
        doer = self.doer_after_scene.match(source, _past_markup(source, head), sentence.end)
        verb = _term_words(sentence, doer.end(), sentence.end) if doer else range(0)
        return bool(verb) and sentence.words[verb[0]].tag in _PRESENT_OR_MODAL

    @functools.cached_property
    def item_article(self) -> re.Pattern[str]:
        """An article that ends a text after a space (what stands before a list's item)."""
        return re.compile(rf"(?<=\s)(?:{'|'.join(self.articles)})\s+$", re.IGNORECASE)

    @functools.cached_property
    def list_separator_at_end(self) -> re.Pattern[str] | None:
        """What separates two items of a list (", ", " and ", ", or "; in Spanish with the
        article each item may take, ", la ", " o la "), at the end of a text; None in a
        language without list words."""
        if not self.listing:
            return None
        article = rf"(?:(?:{'|'.join(self.articles)})\s+)?" if self.modifiers_after else ""
        return re.compile(rf"(?:,\s+|,?\s+(?:{'|'.join(self.listing)})\s+){article}$",
                          re.IGNORECASE)

    def before_list(self, before: str) -> Iterator[str]:
        """``before`` less the items of a list that end it (up to :data:`_LIST_ITEMS`
        items of one to :data:`_ITEM_WORDS` words, none a word that joins clauses), where an
        article and a word stand before the first: what may stand before the first item of
        "the hormones cortisol, aldosterone, testosterone, or estrogen", so that a class noun
        before a list names each item, not only the first (not "causes muscle pain,
        transitory edema", whose "muscle" is a word of an item)."""
        separator = self.list_separator_at_end
        if separator is None:
            return
        leads = [before]
        for _ in range(_LIST_ITEMS):
            shorter: list[str] = []
            for lead in leads:
                found = separator.search(lead)
                if found is None:
                    continue
                words = list(_WORD.finditer(lead, 0, found.start()))
                for count in range(1, min(_ITEM_WORDS, len(words) - 2) + 1):
                    item = words[-count:]
                    if any(word.group().lower() in self.joining for word in item):
                        break
                    if words[-count - 2].group().lower() in self.articles:
                        shorter.append(lead[: item[0].start()])
            yield from shorter
            leads = shorter

    def lists_on(self, source: str, position: int, gloss: str, sentence: Sentence) -> bool:
        """The class noun after a term's comma is an item of a list, not a gloss: it has no
        article, and another item follows it ("the risk of asbestosis, lung cancer,
        mesothelioma, other cancers …", "asbestosis, lung cancer or mesothelioma";
        "metformin, a diabetes medicine, …" is a gloss, and so is "other": "mesothelioma,
        other cancers" says mesothelioma is a cancer).  With an article it is an item only
        when a comma and a word that lists follow it at once, and no verb after them
        ("warfarin, a pill, and a card"; not "metformin, a diabetes medicine, and eat
        well")."""
        words = gloss.lower().replace(",", " ").split()
        if self.list_goes_on is None or (words and words[0] in self.others):
            return False
        if any(article in words for article in self.articles):
            list_word = self.list_word_after_comma
            ends = list_word.match(source, position) if list_word else None
            following = _term_words(sentence, ends.end(), sentence.end) if ends else range(0)
            return bool(following) and sentence.words[following[0]].pos not in ("VERB", "AUX")
        return bool(self.list_goes_on.match(source, position, position + _AFTER_REACH))

    @functools.cached_property
    def list_goes_on(self) -> re.Pattern[str] | None:
        """What follows an item of a list: another short item and a comma or a word that
        lists, or one of those at once; None in a language without such words."""
        if not self.listing:
            return None
        joins = "|".join(self.listing)
        return re.compile(rf"(?:,\s+[\w-]+(?:\s+[\w-]+)?)?(?:,|\s+(?:{joins})\b)")

    def defines(self, source: str, position: int, sentence: Sentence,
                listed_category: str = "") -> bool:
        """What follows ``position`` (past the subject's abbreviation or pronunciation in
        brackets, if any) says what the subject before it is: "is a …", "occurs when …",
        "are parasites …", "are tubes that …", and of a part of the body
        (``listed_category``), what it does."""
        brackets = _SUBJECT_BRACKETS.match(source, position)
        start = brackets.end() if brackets else position
        after = source[start : min(sentence.end + 1, start + _AFTER_REACH)]
        glosses = self.class_gloss
        return bool(self.defined_as.match(after) or (glosses and glosses[1].match(after)) or (
            listed_category == "anatomy" and self.part_function
            and self.part_function.match(after))) or self.plural_gloss_at(
                source, start, sentence)

    def plural_gloss_at(self, source: str, position: int, sentence: Sentence,
                        after_comma: bool = False) -> bool:
        """At ``position``, :attr:`plural_gloss` (only its relative clause after a comma,
        where ``after_comma``), then at most two adjectives and a plural noun ("tiny
        clusters", "tubes"): a plural noun phrase that says what the thing before is.  After
        a bare "are" a relative word must follow the noun ("tubes that carry urine"; not
        "are problems for some"); "which are common in children" names nothing."""
        found = self.plural_gloss.match(source, position, sentence.end) if (
            self.plural_gloss) else None
        relative = found is not None and not found.group().startswith(",")
        if found is None or (after_comma and relative):
            return False
        following = _term_words(sentence, found.end(), sentence.end)
        words = [sentence.words[index] for index in following[:4]]
        for at, word in enumerate(words):
            if word.tag == "NNS":
                return not relative or (at + 1 < len(words) and (
                    words[at + 1].text.lower() in self.relative))
            if word.pos != "ADJ" or at >= 2:
                return False
        return False

    def opens_with_name(self, start: int, sentence: Sentence) -> bool:
        """The sentence's words before the term, less the last ("or"), are a short name:
        articles, adjectives and nouns ("High blood pressure, or …"; not a clause: "If you
        have asthma, or …" gives a choice, not another name)."""
        before = _term_words(sentence, start, start).start - 1  # less "or"
        return 0 < before <= _SUBJECT_WORDS + 2 and all(
            _modifies(word) or word.text.lower() in self.articles
            for word in sentence.words[:before])

    @functools.cached_property
    def list_subject(self) -> re.Pattern[str] | None:
        """A sentence that opens with a short list of two to four names, each of at most three
        words, and a copula ("Acetaminophen and ibuprofen are …"): group 1 is the list;
        None in a language without list words or copulas."""
        if not self.listing or not self.copulas:
            return None
        joins, articles = "|".join(self.listing), "|".join(self.articles)
        item = rf"(?!(?:{joins})\b)[\w-]+(?:\s+(?!(?:{joins})\b)[\w-]+){{0,2}}"
        return re.compile(
            rf"\W*(?:(?:{articles})\s+)?({item}(?:,\s+{item}){{0,2}},?\s+(?:{joins})\s+{item})"
            rf"(?=\s+(?:{'|'.join(self.copulas)})\b)", re.IGNORECASE)

    def in_defined_list(self, source: str, start: int, end: int, sentence: Sentence) -> bool:
        """The term is a name of a short list that opens a sentence giving its items' class
        (:attr:`list_subject`: "Acetaminophen and ibuprofen are over-the-counter medicines
        that relieve pain", "Bronchitis and pneumonia are infections …"), every word of the
        list but the joining ones a noun or an adjective that does not rank.  A definite
        article after the verb gives the items a role, not a class ("Neuroinflammation and
        neurodegeneration are the point of intersection", "are the main causes")."""
        pattern, glosses = self.list_subject, self.class_gloss
        found = pattern.match(source, sentence.start, sentence.end) if pattern else None
        if found is None or glosses is None or not found.start(1) <= start < end <= found.end(1):
            return False
        verb_and_next = source[found.end(1) : sentence.end].split()[:2]
        if len(verb_and_next) < 2 or verb_and_next[1].lower() in (
                set(self.articles) - set(self.indefinite)):
            return False
        listing = _term_words(sentence, found.start(1), found.end(1))
        return all(
            word.text.lower() in self.listing or (
                word.pos in _NOMINAL and word.tag not in _RANKING_TAGS)
            for word in sentence.words[listing.start : listing.stop]
        ) and glosses[1].match(source, found.end(1), sentence.end) is not None

    def in_defined_subject(self, source: str, start: int, end: int, sentence: Sentence,
                           listed_category: str = "", hard: Collection[int] = ()) -> bool:
        """The term is a word of a short subject of a sentence that defines it ("Impaired
        fecundity is a condition …", "A congenital heart defect is a problem …"): the
        subject's other words, before the term and after it and past an article, are at
        most :data:`_SUBJECT_WORDS` adjectives and nouns.  A part of the body (``anatomy``)
        may be the reader's ("Your trigeminal nerve is responsible for …"); a condition
        that is the reader's is not being defined ("Your sarcoidosis is a problem …").  Only
        an adjective names the nouns after it ("Cerebral palsy is a group of disorders"); a
        noun modifies another thing, which the sentence defines ("Sarcoidosis rates are a
        problem").  A participle that is itself a term readers may not know (the term, or one
        of ``hard``: where such terms start) is an adjective there ("Necrotizing fasciitis is
        a serious infection"); an everyday one opens a clause ("Treating sarcoidosis is a
        good idea")."""
        if not self.subject_words_lead.match(source, sentence.start,
                                             _before_markup(source, start)):
            return False
        words = sentence.words
        inside = _term_words(sentence, start, end)
        if not inside:
            return False
        first, last = inside[0], inside[-1]
        lead = words[:first]
        possessive = bool(lead) and lead[0].tag == _POSSESSIVE and listed_category == "anatomy"
        if lead and (lead[0].text.lower() in self.articles or possessive):
            lead = lead[1:]
        if not all(_modifies(word) or _technical_participle(word, hard) for word in lead):
            return False
        for subject_end in range(last, min(len(words), last + 1 + _SUBJECT_WORDS - len(lead))):
            if subject_end > last and not (
                    (_names_what_follows(words[last]) or words[last].tag in _PARTICIPLES
                     or _names_a_syndrome(words, last))
                    and _modifies(words[subject_end])):
                return False
            if subject_end == last and not lead and not possessive:
                continue  # the term alone: the subject of the rule above
            if self.defines(source, _past_markup(source, words[subject_end].end), sentence,
                            listed_category):
                return True
        return False

    def named_before(self, before: str) -> bool:
        """:attr:`named_before_pattern` matches ``before``; the pattern is tried only when the
        last word (before an article, and a quotation mark that opens the name) ends like one
        of its words, which few do."""
        quoted = before[-1:] != "" and before[-1:] in _OPENING_QUOTES
        words = _last_words(before[:-1] if quoted else before)
        if words and words[-1].lower() in self.articles:
            words.pop()
        return bool(words) and words[-1].casefold().endswith(self.named_before_ends) and bool(
            self.named_before_pattern and self.named_before_pattern.search(before)
        )

    def named_after_noun(self, before: str, term: str) -> bool:
        """The term, in lower case, follows the one noun a word names, which it modifies
        where adjectives follow their noun: "Esto se llama presión sistólica" names
        "sistólica" too, as "known as renal colic" names "renal" (the noun is a word in
        lower case that joins nothing)."""
        noun = _LAST_WORD.search(before)
        return term.islower() and noun is not None and noun.group(1).islower() and (
            noun.group(1) not in self.joining) and self.named_before(before[: noun.start(1)])

    def named_by_class(self, before: str, listed_category: str) -> bool:
        """The term follows a class noun of its own kind ("the diabetes drug metformin",
        "the mineral sodium"), the clause that tells which one it is and a comma ("the
        bacteria that causes gonorrhea, Neisseria gonorrhoeae"), or the plural class noun and
        a word that gives its members ("skin conditions like rosacea", "opioids (like
        hydrocodone"; there the category's :attr:`member_kinds` too); a listed term only one
        of its category's nouns."""
        words = _last_words(before)
        if not words:
            return False
        member_of = words[:-1] if len(words) > 1 and words[-1].lower() in self.articles else words
        kinds: frozenset[str] = frozenset()
        if self.members_after_class and member_of[-1].lower().lstrip("(") in (
                self.members_after_class):
            match = self.members_after_class_pattern.search(before)
            kinds = self.member_kinds.get(listed_category, frozenset())
        elif words[-1].endswith(","):
            match = self.relative_class.search(before) if self.relative_class else None
        elif words[-1].lower().endswith(self.class_ends):
            match = _CLASS_BEFORE.search(before)
        else:
            return False
        if match is None:
            return False
        noun = match.group(1).lower()
        noun = noun if noun in self.any_class else noun.removesuffix("s")
        if not listed_category:
            return self.unlisted_after_class and noun in self.any_class
        return noun in self.class_nouns.get(listed_category, frozenset()) | kinds


def _in_opening_phrase(source: str, position: int, sentence: Sentence) -> bool:
    """``position`` is in the phrase that opens the sentence with a preposition or a word
    that opens a clause, before its first comma: what follows that comma is the sentence's
    subject, not an apposition ("After your colonoscopy, the nurse that helped you …")."""
    words = sentence.words
    return bool(words) and words[0].tag in _OPENING_TAGS and not _CLAUSE_COMMA.search(
        source, sentence.start, position)


def _term_words(sentence: Sentence, start: int, end: int) -> range:
    """Where the words that start within ``start``–``end`` are in the sentence's words (by
    bisection: a sentence may be long, and many of its words terms)."""
    first = bisect.bisect_left(sentence.words, start, key=_WORD_START)
    return range(first, bisect.bisect_left(sentence.words, end, lo=first, key=_WORD_START))


def _past_markup(source: str, position: int) -> int:
    """Where the text goes on after the marks that close a bold, italic or quoted term at
    ``position`` ("**", "</strong>"), if any."""
    marks = _CLOSING_MARKUP.match(source, position)
    return marks.end() if marks else position


def _before_markup(source: str, position: int) -> int:
    """Where the marks that open a bold or italic term at ``position`` start, if any."""
    marks = _OPENING_MARKUP.search(source, max(0, position - _MARKUP_REACH), position)
    return marks.start() if marks else position


def _past_marks_between(source: str, position: int) -> int:
    """Where the next text starts after ``position``: past white space, tags and the marks
    of emphasis and quotation."""
    marks = _NEXT_TEXT.match(source, position)
    return marks.end() if marks else position


def _run_in_heading(source: str, sentence: Sentence) -> bool:
    """The sentence is a run-in heading: set in bold or italics, it opens its paragraph
    ("**Blepharitis.** Makes your eyelids red …", "<p><b>Blepharitis.</b> Makes …"), as
    the name opens a list item."""
    if sentence.kind != "paragraph":
        return False
    opening = _before_markup(source, sentence.start)
    if opening == sentence.start or _past_markup(source, sentence.end) == sentence.end:
        return False
    line_start = source.rfind("\n", 0, opening) + 1
    return bool(_LINE_LEAD.fullmatch(source, line_start, opening))


def _names_a_syndrome(words: Sequence[Word], position: int) -> bool:
    """The capitalised word at ``position`` is the name a syndrome or disease after it bears
    ("Goodpasture syndrome", "Pompe disease"), whatever the tagger called it."""
    return words[position].text.istitle() and position + 1 < len(words) and (
        words[position + 1].lemma.lower() in _NAMED_CONDITIONS)


def _technical_participle(word: Word, hard: Collection[int]) -> bool:
    """A participle that is a term readers may not know (it starts at one of ``hard``):
    an adjective of a technical name ("necrotizing", "sclerosing"), not a verb."""
    return word.tag in _PARTICIPLES and word.start in hard


def _names_what_follows(word: Word) -> bool:
    """In a defined subject, the word names the nouns after it: an adjective ("Cerebral palsy
    is …") or a word of a name ("Spina bifida happens if …").  A noun names another thing
    ("Sarcoidosis rates are a problem"), and so does an acronym ("HIV testing is …")."""
    return word.pos == "ADJ" or (word.pos == "PROPN" and word.text[1:].islower())


def _is_short_name(words: Sequence[Word]) -> bool:
    """The words are a short name: a few nouns and adjectives, as a heading or the name that
    opens a list item ("Polymyalgia Rheumatica", "Periorbital cellulitis")."""
    return 0 < len(words) <= _SUBJECT_WORDS + 2 and all(map(_modifies, words))


def _is_lone_word(words: Sequence[Word]) -> bool:
    """The words are one word of letters, whatever its tag: alone as a sentence, a name is
    often tagged as an interjection ("- Warfarin. A medicine …"), the tagger having no
    sentence around it to go on."""
    return len(words) == 1 and words[0].text.isalpha()


def _modifies(word: Word) -> bool:
    """A word that may stand in a defined subject beside its term: an adjective or a noun
    that does not rank."""
    return word.pos in _NOMINAL and word.tag not in _RANKING_TAGS


def _verb_after(sentence: Sentence, position: int) -> bool:
    """The first word after ``position`` is a finite verb: what follows the comma is the
    sentence's predicate ("flu, and RSV, are causing illness"), not an apposition (a
    participle may open one: "Dravet syndrome, characterized by …")."""
    following = _term_words(sentence, position, sentence.end)
    if not following:
        return False
    word = sentence.words[following[0]]
    return word.pos == "AUX" or word.tag in _FINITE_VERBS


def _no_apposition_after(sentence: Sentence, position: int) -> bool:
    """What follows the class noun that ends at ``position`` shows it heads no apposition:
    a noun right after it, which it modifies ("Frequently, poor nutrient status …", ", the
    antigen test sensitivity"), or a finite verb, whose subject it is ("… abdominal trauma,
    a negative exam does not rule out …")."""
    following = _term_words(sentence, position, sentence.end)
    if not following:
        return False
    word = sentence.words[following[0]]
    return word.start == position + 1 and (
        word.pos in ("NOUN", "PROPN", "AUX") or word.tag in _FINITE_VERBS)


def _coordinate_adjective(sentence: Sentence, start: int, end: int) -> bool:
    """The term is an adjective or a participle after a determiner, with another after its
    comma: "an inflamed, narrowed artery" lists what the artery is, and is no apposition
    that explains the term."""
    words = sentence.words  # no punctuation: the comma is between the two
    inside = _term_words(sentence, start, end)
    if not inside or inside[0] == 0 or inside[-1] + 1 >= len(words):
        return False
    term, following = words[inside[-1]], words[inside[-1] + 1]
    return words[inside[0] - 1].pos == "DET" and all(
        word.pos == "ADJ" or word.tag in _VERB_FORMS for word in (term, following)
    )


def _modified_nouns(sentence: Sentence, start: int, end: int) -> list[Word]:
    """The one or two nouns right after the term, when it is an adjective or a participle
    (not one that ranks) that modifies them; none otherwise."""
    words = sentence.words
    inside = _term_words(sentence, start, end)
    if not inside:
        return []
    term = words[inside[-1]]
    if (term.pos != "ADJ" and term.tag not in _PARTICIPLES) or term.tag in _RANKING_TAGS:
        return []
    return list(itertools.takewhile(lambda word: word.pos in _NOMINAL - {"ADJ"},
                                    words[inside[-1] + 1 : inside[-1] + 1 + _SUBJECT_WORDS]))


def _head_glossed(source: str, start: int, end: int, sentence: Sentence,
                  after: re.Pattern[str], hard: Collection[int]) -> bool:
    """The term is an adjective or a participle before one or two nouns that a bracket
    explains: "the pelvic area (lower abdomen)", "an inactivated vaccine (containing killed
    virus)", "Necrotizing enterocolitis (NEC) (death of intestinal tissue)".  A bracket that
    opens on a capital or a number (a name, an abbreviation, a reference), or that the
    language's ``after`` pattern would not read as an explanation of a term ("(see page 4)",
    "(in adults)"), explains nothing; a noun before another modifies it, and is not
    explained with it.  One word in the bracket after a noun that is itself a hard term
    (``hard``: where such terms start) is that noun's other name, not the phrase's:
    "Recombinant zoster (shingles)" leaves "recombinant" unexplained, as "Recurring
    mutations (changes)" does "recurring"; "acetylsalicylic acid (aspirin)" names the whole."""
    for head in _modified_nouns(sentence, start, end):
        head_end = _past_markup(source, head.end)
        gloss = _HEAD_GLOSS.match(source, head_end, min(sentence.end, head_end + _AFTER_REACH))
        if gloss:
            bracket = source.rfind("(", head_end, gloss.start(1))
            if head.start in hard and _ONE_WORD_BRACKET.match(source, bracket):
                return False
            return gloss.group(1).islower() and after.match(source, bracket) is not None
    return False


def _without_genus(before: str, term: str) -> str:
    """``before`` less its last word when that is a capitalised name and the term is in
    lower case: the species of a binomial name follows its genus ("a bacterium called
    Clostridium botulinum"); else empty."""
    words = _last_words(before)
    if not term.islower() or not words or not words[-1].istitle() or not words[-1].isalpha():
        return ""
    return before[: before.rstrip().rfind(words[-1])]


def _without_modifiers(source: str, lead_start: int, sentence: Sentence, start: int,
                       end: int) -> str:
    """The text from ``lead_start`` to the adjectives or nouns right before the term at
    ``start``–``end``, which are words of the same name ("pain (known as renal colic)" names
    the colic too, "drugs, such as a dopamine agonist" the agonist); empty when no modifier
    stands there, or when the term's last word is already in that text, so that the name
    says only which kind of it is meant ("poorly controlled hypothyroidism, sometimes termed
    refractory hypothyroidism").  A noun before the term makes it a word of the name only
    when the term ends the name ("called selective serotonin reuptake inhibitors" names the
    inhibitors, not the reuptake)."""
    words, inside = sentence.words, _term_words(sentence, start, end)
    if not inside:
        return ""
    first = index = inside.start
    while index > 0 and first - index < _SUBJECT_WORDS and (
        words[index - 1].pos in _MODIFIERS) and (
        words[index - 1].tag not in _RANKING_TAGS
    ) and source[words[index - 1].end : _before_markup(source, words[index].start)].isspace():
        index -= 1
    if index == first:
        return ""
    after = inside[-1] + 1
    if any(word.pos == "NOUN" for word in words[index:first]) and after < len(words) and (
        words[after].pos in _NOMINAL
    ):
        return ""
    lead = source[lead_start : _before_markup(source, words[index].start)]
    head = re.escape(words[inside[-1]].text)
    return "" if re.search(rf"\b{head}\b", lead, re.IGNORECASE) else lead


def _explained_after(*phrases: str, asides: str = "") -> re.Pattern[str]:
    """A term's explanation follows it: an opening bracket (not of an empty pair, of a
    number or reference, "(1)", "(2019)", nor of one of a language's ``asides``, "(in
    adults)", "(see page 4)"), a dash, a colon, or one of a language's ``phrases`` (regular
    expressions).  A hyphen or two with spaces around them, on the term's line and before a
    small letter, is a dash typed on a keyboard ("Dyspnea - shortness of breath"; not a
    range, "5 - 10 mg", a list item on the next line, nor a title's "Gout - Overview")."""
    aside = rf"|(?:{asides})\b" if asides else ""
    return re.compile(
        r"[ \t]+-{1,2}[ \t]+(?-i:[a-z])|"
        rf"\s*(?:\((?!\s*(?:\)|\d{aside}))|" + "|".join(phrases) + r"|\s*[—–]\s*\w|:\s+\w)",
        re.IGNORECASE,
    )


ENGLISH = Explanations(
    after=_explained_after(
        r";\s+(?:that is|i\.e\.)|"  # "an autoimmune disease; that is, a disease in which …"
        # "X, or Y" and "X or a Y" give another name ("pyelonephritis or a kidney
        # infection"), unless a word of choice follows ("underexcretion, or both"); "X or Y"
        # alone is a choice ("neurologic or neuromuscular disorders", "suicidal ideation or
        # attempts", "colon polyps or colon cancer")
        r",\s+or\b(?!\s+(?:both|neither|either|not|none|all)\b)|\s+or\s+(?:a|an)\s|"
        r",?\s+(?:(?:also called|also known as|known as|called|which means|meaning|means|"
        r"refers to|that is|such as)\b|i\.e\.|e\.g\.|"  # no word boundary after a full stop
        # what it is for: "herbicides for destroying weeds", "fungicides used to prevent …"
        r"used\s+(?:to\s+(?!be\b)|for\s)|"
        r"for\s+(?!(?:some|no|any|every)thing\b|morning|evening|spring)[a-z]{3,}ing\b)",
        # "warfarin, which is a medicine …", "avascular necrosis, which is the death of bone",
        # "dyspnea, a type of breathing problem"
        r",\s+(?:which|that)\s+(?:is|are)\s+(?:(?:a|an|one|two|three|four)\s|"
        + _UNRANKED_THE + r")|"
        r",\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:type|kind|form|part|area|region)\s+of\s|"
        # "the arachnoid, one of the membranes that surround …" (not "one of the most …")
        r",\s+one\s+of\s+" + _UNRANKED_THE,
        # a bracket that tells who, where, when or where to look explains nothing
        asides=r"see|in|on|at|for(?!\s+(?:example|instance))|from|with|by|to|during|after|before|"
               r"per|page|pages|fig|figure|table",
    ),
    # "X is a/an …", "X happens when …" and "X is the …" say what X is ("Atrial fibrillation is
    # the quivering of …"), unless "the" ranks X or names a role it plays ("the #2 cancer
    # killer", "the most common cause", "the usual treatment", "the leading cause of …");
    # ranked within its kind, it is still said to be of that kind ("Osteoarthritis is the
    # most common type of arthritis").
    defined_as=re.compile(
        r"\s+(?:(?:is|are)\s+(?:(?:a|an|when|where|what|how|any|one of)\b|"
        r"the\s+(?:most|least)\s+common\s+(?:type|kind|form)s?\s+of\b|" + _UNRANKED_THE + ")|"
        r"(?:means|refers to|describes)\s+(?:a|an|the|when|where|what|how|any|one of)\b|"
        r"(?:is|are)\s+defined\s+as\b|"  # "Preterm birth is defined as the birth of …"
        r"(?:is|are)\s+characterized\s+by\b|"  # "… paralysis is characterized by a fall in …"
        r"(?:happens|occurs)\s+(?:when|if)\b)",
        re.IGNORECASE,
    ),
    articles=("a", "an", "the"),
    # "said to have" names what was just described ("These people are said to have a
    # premutation").
    naming=("called", "known as", "referred to as", "named", "termed", "said to have"),
    pronouns=("i", "we", "he", "it", "you", "she", "they"),
    examples=("such as", r"(?<=\()for example,", r"(?<=\()for instance,", r"(?<=\()e.g.,",
              r"(?<=\()e.g."),
    # what a term is a type of ("The most common type of eczema is atopic dermatitis")
    types_of=(r"(?:type|kind|form)s? of (?:[\w-]+ ){0,2}[\w-]+ is",
              r"(?:type|kind|form)s? of (?:[\w-]+ ){0,2}[\w-]+ are"),
    alternative=("or",),
    listing=("or", "and"),
    other_names=("also called", "also known as",
                 r"other names?(?: for (?:this|the) (?:disease|condition|disorder))?",
                 r"(?:medical|scientific)(?: or (?:medical|scientific))? names?"),
    stands_for=(r"stands\s+for", r"is\s+short\s+for", "for"),
    copulas=("is", "are"),
    describing=("causes", "makes", "affects", "happens", "occurs", "means"),
    members_after_class=("like",),
    # in brackets after the class: "tree nuts (for example, walnuts, pecans and cashews)"
    example_lists=("such as", r"(?<=\()for example,", r"(?<=\()for instance,",
                   r"(?<=\()e.g.,", r"(?<=\()e.g."),
    others=("other",),
    carers=frozenset({"doctor", "provider", "specialist", "professional", "clinician"}),
    scene=re.compile(r"\W*(?:in|during)\s+(?:(?:a|an|the|your)\s+)?", re.IGNORECASE),
    doer_lead=("the", "a", "an", "your"),
    procedure_doers=frozenset({"surgeon", "nurse", "technician", "technologist", "dentist",
                               "radiologist"}),
    indefinite=("a", "an"),
    joining=("and", "or", "but", "nor", "so", "yet", "if", "when", "while", "because",
             "which", "that", "who", "then", "as", "than", "with", "without", "not", "never",
             "no", "in", "on", "at", "of", "for", "to", "from", "by", "your", "their", "its"),
    class_nouns={
        # with the everyday kinds of medicine ("amoxicillin, an antibiotic")
        "medicine": frozenset({"drug", "medicine", "medication", "pill", "vaccine", "hormone",
                               "vitamin", "mineral", "nutrient", "antibiotic", "painkiller",
                               "steroid"}),
        "test": frozenset({"test", "scan", "exam", "examination"}),
        "procedure": frozenset({"test", "scan", "exam", "examination", "procedure", "surgery",
                                "operation"}),
        "condition": frozenset({"condition", "disease", "disorder", "illness", "infection",
                                "virus", "bacteria", "germ", "cancer", "growth", "tumor",
                                "defect"}),
        "cancer": frozenset({"condition", "disease", "disorder", "illness", "cancer", "growth",
                            "tumor"}),
        # living things that cause illness, for the words no list holds ("the mite Sarcoptes
        # scabiei")
        "organism": frozenset({"bacterium", "bacteria", "virus", "germ", "parasite", "mite",
                               "worm", "fungus", "mold", "microbe", "organism", "insect"}),
        "gene": frozenset({"gene", "protein"}),
        "anatomy": frozenset({"gland", "nerve", "bone", "muscle", "artery", "vein", "organ"}),
    },
    named_before_class=("organism", "gene"),
    # (antibiotic, painkiller and steroid are class nouns of medicines, above)
    member_kinds={"medicine": frozenset({"opioid"})},
    class_endings=("virus", "bacterium", "bacteria"),
    relative=("that", "which"),
    locating=re.compile(r",\s+(?:located|found|lying|situated)\s+(?:just\s+)?(?:in|on|at|under|"
                        r"behind|below|above|near|between|inside|along|beneath)\b",
                        re.IGNORECASE),
    # ("The adrenal glands produce hormones that …", "Your pancreas makes insulin")
    part_function=re.compile(r"\s+(?:(?:is|are)\s+responsible\s+for|makes?|produces?)\b",
                             re.IGNORECASE),
    calling=re.compile(
        r"\bcalls?\s+(?:it|this|that|them|these|those|(?:the|this|that|these|those|your)\s+"
        r"[\w-]+)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+(?:or|and)\s+(?:(?:a|an|the)\s+)?)?$",
        re.IGNORECASE),
    question=re.compile(r"\W*what\s+(?:is|are)\s+(?:(?:a|an|the)\s+)?", re.IGNORECASE),
    answer=re.compile(r"(?:(?:it|this|they|these)\s+(?:is|are)|it[’']s|an?)\s+\w",
                      re.IGNORECASE),
    taken_up=re.compile(r"(?:this|it)\s+is", re.IGNORECASE),
    plural_gloss=re.compile(r"(?:,\s+(?:which|that)\s+are|\s+are)\s+", re.IGNORECASE),
    test_finds=re.compile(r"\s+(?:test|scan|exam|examination)s?\s+(?:(?:can|will|may)\s+)?"
                          r"(?:measures?|checks?|detects?|shows?|finds?|tells?|"
                          r"looks?\s+(?:at|for))\s", re.IGNORECASE),
    meaning_next=re.compile(r"(?:the|this)\s+(?:term|word|name)\s+(?:refers\s+to|means|"
                            r"describes|is\s+used\s+(?:for|to\s+describe))\s", re.IGNORECASE),
    apposition=re.compile(r",\s+(?:a|an)\s+(?:(?!(?:of|in|on|at|for|to|from|by|with|and|or)\b)"
                          r"[\w-]+\s+){0,2}[\w-]+\s*,", re.IGNORECASE),
    infinitive=("to",),
)

SPANISH = Explanations(
    # "X, a veces llamados Y", "X, o Y,", "X, es decir, Y".
    after=_explained_after(
        r",?\s+(?:(?:también |a veces )?llamad[oa]s?|(?:también )?conocid[oa]s? como|"
        r"que significa|es decir)\b",
        r",\s+o\s",
        asides=r"ver|véase|en|para|por(?!\s+ejemplo)|durante|según|pág|página|figura|tabla",
    ),
    # "La apnea es un trastorno …", "Los opioides son un tipo …".
    defined_as=re.compile(
        r"\s+(?:(?:es|son)\s+(?:un|una|unos|unas|cuando|lo que|el (?:\w+ )?(?:nombre|término) "
        r"(?:de|para))|significa)\b",
        re.IGNORECASE,
    ),
    articles=("el", "la", "los", "las", "un", "una"),
    alternative=("o",),
    # "crecimientos llamados pólipos", "una afección conocida como apnea", "La cirugía
    # para extirpar el útero se llama histerectomía", "también puede llamarse
    # prehipertensión".
    naming=("llamado", "llamada", "llamados", "llamadas", "denominado", "denominada",
            "denominados", "denominadas", "conocido como", "conocida como", "conocidos como",
            "conocidas como", "se llama", "se llaman", "se denomina", "se denominan",
            "se conoce como", "se conocen como", "llamarse", "denominarse",
            "conocerse como"),
    # Plurals are written out: only a final "s" is taken off a class noun ("parásitos").
    class_nouns={
        "medicine": frozenset({"medicamento", "medicina", "fármaco", "vacuna", "hormona",
                               "vitamina", "mineral", "pastilla"}),
        "test": frozenset({"prueba", "examen", "exámenes", "análisis"}),
        "procedure": frozenset({"prueba", "examen", "exámenes", "procedimiento", "cirugía",
                                "operación", "operaciones"}),
        "condition": frozenset({"afección", "afecciones", "enfermedad", "enfermedades",
                                "infección", "infecciones", "trastorno", "virus", "bacteria",
                                "germen", "gérmenes", "cáncer", "tumor", "tumores"}),
        "cancer": frozenset({"enfermedad", "enfermedades", "cáncer", "tumor", "tumores"}),
        "organism": frozenset({"bacteria", "virus", "germen", "gérmenes", "parásito", "hongo",
                               "ácaro", "gusano", "microbio", "organismo", "insecto"}),
        "gene": frozenset({"gen", "genes", "proteína"}),
    },
    unlisted_after_class=False,
    class_endings=("virus", "bacteria"),
    copulas=("es", "son"),
    modifiers_after=True,
    apposition_glosses=False,
    indefinite=("un", "una", "unos", "unas"),
    joining=("y", "e", "o", "u", "ni", "pero", "si", "cuando", "mientras", "porque", "que",
             "como", "no", "nunca", "en", "de", "del", "a", "al", "con", "sin", "por", "para",
             "desde", "hasta", "entre", "su", "sus", "muy", "más", "menos", "tan"),
    other_names=(r"(?:también |a veces )?llamad[oa]s?", "otros nombres"),
    # "medicamentos como la warfarina"; after any other word "como" compares or says how
    members_after_class=("como",),
    listing=("y", "e", "o", "u"),
    member_kinds={"medicine": frozenset({"antibiótico", "analgésico", "opioide",
                                         "esteroide"})},
    # "¿Qué es la blefaritis?", then "Es una infección …"
    question=re.compile(r"\W*qué\s+(?:es|son)\s+(?:(?:el|la|los|las|un|una)\s+)?",
                        re.IGNORECASE),
    answer=re.compile(r"(?:(?:esta|este|esto|estos|estas)\s+)?(?:es|son)\s+\w|(?:un|una)\s+\w",
                      re.IGNORECASE),
    taken_up=re.compile(r"(?:(?:esta|este|esto)\s+)?es", re.IGNORECASE),
    meaning_next=re.compile(r"(?:(?:el|este)\s+(?:término|nombre)|(?:la|esta)\s+palabra)\s+"
                            r"(?:se\s+refiere\s+a|significa|describe)\s", re.IGNORECASE),
)

EXPLANATIONS: dict[str, Explanations] = {"en": ENGLISH, "es": SPANISH}


def _lead_start(source: str, floor: int, end: int) -> int:
    """Where the text read before a term (ending at ``end``) starts: :data:`_BEFORE_REACH`
    characters back, not counting the addresses of Markdown links in them
    ("[analgésicos](https://…) fuertes recetados como la"), nor before ``floor``."""
    start = max(floor, end - _BEFORE_REACH)
    reach = max(floor, start - _LINK_ADDRESS_REACH)
    if source.find("](", reach, end) < 0:  # most text has no link
        return start
    addresses = sum(len(found.group()) for found in _LINK_ADDRESS.finditer(source, reach, end))
    return max(floor, start - addresses)


def _last_words(before: str) -> list[str]:
    """The words of ``before`` when white space ends it (as every pattern of a word before
    a term requires), else none."""
    return before.split() if before[-1:].isspace() else []


def abbreviation_definitions(source: str, explanations: Explanations = ENGLISH
                             ) -> dict[str, int]:
    """Every abbreviation the text spells out, listed or not, and where it is defined:
    "long form (SF)", "SF (long form)" and, in the language of ``explanations``, "SF for
    long form" and "long form, or SF", whose letters follow the long form's initials, and
    every abbreviation it names in its class ("the FMR1 gene",
    :attr:`Explanations.abbreviation_class`) (after Schwartz & Hearst 2003, "A simple
    algorithm for identifying abbreviation definitions in biomedical text")."""
    defined: dict[str, int] = {}
    for match in _PARENTHESES.finditer(source):
        inside = match.group(1).strip()
        before = source[max(0, match.start() - 200) : match.start()]
        if _SHORT_FORM.match(inside):
            long_words = _LONG_FORM_WORD.findall(before.split("\n")[-1])
            following = _LONG_FORM_WORD.findall(
                source[match.end() : match.end() + 120].split("\n")[0])
            if _initials_fit(inside, long_words) or _initials_fit(
                inside, following[: len(inside) + 2], reverse=True
            ):
                defined.setdefault(inside.rstrip("s"), match.start())
                defined.setdefault(inside, match.start())
            continue
        previous = re.search(r"([A-Za-z][A-Za-z0-9&]{1,9})\s*$", before)
        if previous and _SHORT_FORM.match(previous.group(1)) and _initials_fit(
            previous.group(1), _LONG_FORM_WORD.findall(inside)
        ):
            defined.setdefault(previous.group(1), match.start() - len(previous.group(0)))
    if explanations.abbreviation_class is not None:  # "the FMR1 gene"
        for match in explanations.abbreviation_class.finditer(source):
            if _SHORT_FORM.match(match.group(1)):
                defined.setdefault(match.group(1), match.start())
    if explanations.alternative_short_form is not None:  # "long form, or SF"
        for match in explanations.alternative_short_form.finditer(source):
            short = match.group(1)
            line = source[max(0, match.start() - 200) : match.start()].split("\n")[-1]
            if _SHORT_FORM.match(short) and _initials_fit(short, _LONG_FORM_WORD.findall(line)):
                defined.setdefault(short, match.start())
    if explanations.stands_for_pattern is not None:
        for match in explanations.stands_for_pattern.finditer(source):
            short = match.group(1)
            if _SHORT_FORM.match(short) and _initials_fit(
                short, _LONG_FORM_WORD.findall(match.group(2)), reverse=True
            ):
                defined.setdefault(short, match.start())
    return defined


_PARENTHESES = re.compile(r"\(([^()\n]{1,120})\)")
_LONG_FORM_WORD = re.compile(r"[A-Za-z][\w'-]*")  # a word of an abbreviation's long form
_SHORT_FORM = re.compile(r"^(?=(?:.*[A-Z]){2})[A-Za-z0-9&-]{2,10}$")


def _initials_fit(short: str, long_words: Sequence[str], reverse: bool = False) -> bool:
    """The short form's letters follow the initials of the words before it (or, with
    ``reverse``, of the words right after it: "(CTS) carpal tunnel syndrome")."""
    letters = [char.lower() for char in short if char.isalpha()]
    if not letters or not long_words:
        return False
    window = list(long_words[: len(letters)] if reverse else long_words[-(len(letters) + 5) :])
    if reverse:
        return "".join(word[0].lower() for word in window) == "".join(letters)
    initials = "".join(word[0].lower() for word in window)
    position = 0
    for letter in letters:  # the letters appear, in order, as initials or inside the words
        found = initials.find(letter, position)
        if found < 0:
            return _letters_in_order(" ".join(window).lower(), letters)
        position = found + 1
    return initials.startswith(letters[0]) or letters[0] in initials


def _letters_in_order(text: str, letters: list[str]) -> bool:
    if not text.startswith(letters[0]) and f" {letters[0]}" not in text:
        return False
    position = 0
    for letter in letters:
        position = text.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True
