"""The words the clear-communication checks look for, per language (English and Spanish).

Kept as data so a language is added by adding a ``Lexicon``.  Spanish has no part-of-speech
tags in Plainly's pipeline, so its imperatives are found by form: the usted imperatives of
common instruction verbs, any word that ends in an enclitic pronoun after a stressed
vowel ("Cúbrase", "Lávese", "Enséñeles"), and the present subjunctive of any verb
(:class:`literacy.spanish_grammar.SpanishGrammar`, from the tables of spaCy's Spanish
rule lemmatizer).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass


@dataclass(frozen=True)
class CuedPattern:
    """A pattern searched only in text that holds one of its cues.

    Every match of ``pattern`` contains one of ``cues`` (lower-case, looked for in the
    case-folded text), so the matches are the pattern's own; a long alternation is then not
    run over the many sentences that cannot match.
    """

    pattern: re.Pattern[str]
    cues: tuple[str, ...]

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text) if self._cued(text) else None

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        return self.pattern.finditer(text) if self._cued(text) else iter(())

    def _cued(self, text: str) -> bool:
        folded = text.casefold()
        return any(cue in folded for cue in self.cues)


@dataclass(frozen=True)
class Lexicon:
    """What one language's checks match; patterns are case-insensitive."""

    # Verbs that only send the reader elsewhere; an imperative of these is not an action.
    navigation: frozenset[str]
    # First words of an introductory clause or phrase, ended by a comma ("If you smoke, quit").
    introductions: frozenset[str]
    you: re.Pattern[str]
    you_action: re.Pattern[str]
    imperatives: frozenset[str]  # Spanish: usted imperatives; English: see ENGLISH
    help_sources: re.Pattern[str]
    contact_verbs: re.Pattern[str]
    discusses_care: re.Pattern[str]
    third_person_advice: re.Pattern[str]
    organisation: re.Pattern[str]
    dateline: re.Pattern[str]
    summary_headings: re.Pattern[str]
    generic_headings: re.Pattern[str]
    conjunctions: frozenset[str]
    # A chunk of a series that starts with one of these is a clause, an aside or an example.
    clause_starts: frozenset[str]
    # Where the first item of a series starts, in the clause before the first comma.
    series_leads: frozenset[str]
    percent: re.Pattern[str]
    # What stands right before or after a percentage that is a change, not a share of a
    # whole ("increased by 13 percent", "30% more"; "aumentó un 13 %", "un 30 % más").
    change_before: re.Pattern[str]
    change_after: re.Pattern[str]
    # How a natural frequency is said: "{count} in {total}", and "about" before a rounded one.
    frequency: str
    about: str
    decimal: re.Pattern[str]
    calculation: CuedPattern
    # What after or before a percentage makes it no share of people: a concentration as
    # labels print it ("60% alcohol") or a confidence level ("95% CI", "IC del 95 %").
    not_a_share: re.Pattern[str]
    not_a_share_before: re.Pattern[str]
    risk_words: re.Pattern[str]
    relative_risk: CuedPattern
    future: re.Pattern[str]
    stopwords: frozenset[str]


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


# Stems of the Spanish verbs of change ("aumentó", "disminuye", "se redujo", "bajan").
_ES_CHANGE_VERBS = r"aument|disminu|reduc|redujo|redujeron|baj|sub|cay|descend|increment"


def _any(*alternatives: str) -> re.Pattern[str]:
    return re.compile("|".join(alternatives), re.IGNORECASE)


_PERCENT_EN = r"\d+(?:\.\d+)?\s?(?:%|percent\b|per cent\b)"
_FREQUENCY_NUMBER = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|uno|una|dos|tres|cuatro|cinco|"
    r"seis|siete|ocho|nueve|diez)"
)
# "1 in 5", "one out of every eight", "20 out of 100", "1 de cada 5".
NATURAL_FREQUENCY = re.compile(
    rf"\b{_FREQUENCY_NUMBER}(?:-|\s)(?:in|out of(?: every)?|of every|de cada|en)(?:-|\s)"
    rf"(?:every\s)?(?:\d[\d,]*|{_FREQUENCY_NUMBER}|eleven|twelve|twenty|hundred|thousand|"
    r"cien|mil)\b",
    re.IGNORECASE,
)
FRACTION = CuedPattern(re.compile(r"(?<![\d/])\d+/\d+(?![\d/])|[½⅓⅔¼¾⅕⅛]"),
                       ("/", "½", "⅓", "⅔", "¼", "¾", "⅕", "⅛"))

ENGLISH = Lexicon(
    navigation=_words("learn read see visit click find watch download view browse subscribe "
                      "share print follow-up check-out explore"),
    introductions=_words("if when before after once while during for to at in unless as until "
                         "whenever"),
    you=_any(r"\byou\b", r"\byour\b", r"\byourself\b"),
    you_action=_any(r"^(?:(?:if|when|before|after|once|while|during|for|to)\b[^,]{0,80},\s*)?"
                    r"you\s+(?:\w+ly\s+|also\s+|still\s+)?(?:can|should|need to|must|may want "
                    r"to|will need to|have to|ought to)\s+\w+"),
    # Verbs of instructions the tagger sometimes takes for nouns at the start of a sentence
    # ("Put leftovers in the fridge", "Cook chicken until it is hot").
    imperatives=_words("put cook call take eat drink keep wash use ask tell stop avoid check wear "
                       "store clean rinse limit choose bring write walk rest sleep cover throw "
                       "chill separate test"),
    help_sources=_any(
        r"\bdoctors?\b", r"\bphysicians?\b", r"\bnurses?\b", r"\bpharmacists?\b",
        r"\bdentists?\b", r"\bhealth ?care (?:provider|team|professional)s?\b",
        r"\b(?:care|health) team\b", r"\bproviders?\b", r"\b9-?1-?1\b",
        r"\bemergency (?:department|room|services?)\b", r"\b(?:help|quit|crisis) ?line\b",
        r"\b1-800-", r"\bpoison control\b",
        # in the UK
        r"\bGPs?\b", r"\bNHS ?111\b", r"\b999\b", r"\bA ?& ?E\b", r"\bhealth visitors?\b",
        r"\bmidwi(?:fe|ves)\b",
    ),
    contact_verbs=_any(
        r"\b(?:call|calling|ring|contact|talk|talking|speak|tell|ask|see|seek|visit|go|get "
        r"(?:medical )?help|work with|source of help)\b",
    ),
    discusses_care=_any(
        r"\bsymptoms?\b", r"\b(?:warning|danger|emergency) signs?\b", r"\bside effects?\b",
        r"\bmedicines?\b", r"\bmedications?\b", r"\bdrugs?\b", r"\bpills?\b", r"\bdoses?\b",
        r"\bprescri\w+", r"\btreatments?\b", r"\btherap(?:y|ies)\b", r"\btests?\b",
        r"\bscreening\b", r"\bsurgery\b", r"\bantibiotics?\b", r"\binsulin\b",
        r"\bvaccines?\b",
    ),
    third_person_advice=_any(
        r"\b(?:patients?|people|adults|women|men|parents|everyone|individuals|persons|one|"
        r"smokers|caregivers)\b(?:\s+[\w–-]+){0,4}?\s+(?:should|must|need to|needs to|ought to|"
        r"are (?:advised|encouraged|urged) to)\b",
        r"\b(?:recommends?|encourages?|urges?|advises?|asks?)\s+(?:that\s+)?(?:all\s+)?"
        r"(?:patients|people|adults|women|men|parents|individuals|everyone|the public|"
        r"families|smokers|caregivers)\b",
    ),
    organisation=_any(
        r"\b(?:CDC|NIH|NCI|FDA|NIDDK|NHLBI|NIA|HHS|WHO)\b", r"\beffort\b", r"\bcampaign\b",
        r"\binitiative\b", r"\bprogram(?:me)?\b", r"\bmaterials\b", r"\bwebsite\b",
        r"\bnewsletters?\b", r"\bpermission\b",
    ),
    dateline=_any(r"^(?:last )?(?:updated|reviewed|published|posted|release date)\b.*\d"),
    summary_headings=_any(
        r"^(?:key (?:points|messages|facts)|summary|in summary|in short|at a glance|"
        r"what (?:you need )?to know|things to know|bottom line|the bottom line|remember|"
        r"key takeaways|takeaways)[.:!]?$"
    ),
    generic_headings=_any(
        r"^(?:overview|introduction|background|more information|additional information|"
        r"other|other information|details|general|general information|miscellaneous|notes|"
        r"information|resources|print products|fact sheets|related links|more)[.:]?$"
    ),
    conjunctions=_words("and or"),
    clause_starts=_words("but if when because although though so which who whom whose that "
                         "while since as then where unless until called known also such like "
                         "especially for"),
    series_leads=_words("include includes including as: such"),
    percent=re.compile(_PERCENT_EN, re.IGNORECASE),
    change_before=_any(r"(?:\b(?:by|up|down|(?:increase|decrease|reduction|rise|drop|fall|"
                       r"decline|improvement|change|difference)s?\s+of)\s+(?:(?:only|about|"
                       r"nearly|almost|over|around|roughly|more than|as much as|up to)\s+)*"
                       r"|(?:^|(?<=[\s(\[]))[+\-−±])$"),  # "an increase of 10%", "-13%"
    change_after=_any(r"\s+(?:lower|higher|less|more|greater|fewer|increase|decrease|rise|drop|"
                      r"reduction|jump|fall|decline|growth)\b"),
    frequency="{count} in {total}",
    about="about",
    decimal=re.compile(r"(?<![\d.])\d+\.\d+(?![\d.])"),
    calculation=CuedPattern(
        _any(r"\badd(?:ing)? up\b", r"\bsubtract", r"\bmultiply", r"\bdivide\b", r"\bcalculate",
             r"\bwork out (?:the|how|your)\b", r"\bconvert\b", r"\bthe difference between\b"),
        ("add", "subtract", "multiply", "divide", "calculate", "work out", "convert",
         "the difference between"),
    ),
    not_a_share=_any(r"\s*(?:of\s+)?(?:alcohol|deet)\b", r"\s*(?:CI|confidence)\b"),
    not_a_share_before=_any(r"\b(?:CI|confidence (?:interval|level))\s+(?:of\s+)?$"),
    risk_words=_any(r"\brisks?\b", r"\bchances?\b", r"\blikely\b", r"\blikelihood\b",
                    r"\bodds\b", r"\bprobability\b"),
    relative_risk=CuedPattern(_any(
        r"\b(?:\d+(?:\.\d+)?|two|three|four|five|six|ten)\s+times\s+(?:more|less|as|higher|"
        r"lower|greater)\b",
        # not a dose: "Never double a dose", "a double dose"
        r"\btwice\s+as\b",
        r"(?<!\ba )\bdoubles?\b(?!\s+(?:up\b|(?:(?:a|the|your|this)\s+)?doses?\b))",
        r"\bdoubled\b", r"\bhalves\b", r"\bhalved\b",
        r"\b(?:cuts?|reduces?|lowers?)\s+(?:the|your)\s+(?:risk|chances?)[^.;]{0,40}?\bin half\b",
        r"\b(?:lower|lowers|reduce|reduces|cut|cuts|raise|raises|increase|increases|decrease|"
        r"decreases)\b[^.;]{0,60}?\bby\s+(?:as much as\s+|about\s+|up to\s+)?\d+(?:\.\d+)?\s?"
        r"(?:%|percent)",
        r"\d+(?:\.\d+)?\s?(?:%|percent)\s+(?:lower|higher|less|more|greater|fewer)\b",
    ), ("times", "twice", "double", "halve", "half", "%", "percent")),
    future=_any(r"\bwill\b", r"\bwould\b", r"\bwithin\b"),
    stopwords=_words(
        "a an the and or of to in on for with your you yours how what when why is are be "
        "about from at by do does can this that these those it its our we not no"
    ),
)

SPANISH = Lexicon(
    navigation=_words("lea vea visite haga-clic encuentre mire descargue consulte-la "
                      "obtenga-más aprenda conozca"),
    introductions=_words("si cuando antes después para durante mientras en al"),
    you=_any(r"\busted(?:es)?\b", r"\bsu\b", r"\bsus\b"),
    you_action=_any(r"^(?:(?:si|cuando|antes|después|para)\b[^,]{0,80},\s*)?usted\s+"
                    r"(?:también\s+)?(?:debe|deberá|debería|puede|tiene que|necesita)\s+\w+"),
    imperatives=_words(
        "acuda tome llame use bote hable pregunte busque consulte lave lávese mantenga haga "
        "vaya siga beba coma descanse pida deje limite elija guarde cubra cúbrase tire evite "
        "esté sea recuerde notifique quédese aléjese enséñeles asegúrese vacúnese hágase "
        "póngase cuide coloque revise revísese protéjase camine duerma compre cocine separe "
        "enfríe lea aplique quítese vuelva espere informe avise diga escriba anote"
    ),
    help_sources=_any(
        r"\bm[ée]dic[oa]s?\b", r"\bdoctor(?:a|es)?\b", r"\benfermer[oa]s?\b",
        r"\bfarmac[ée]utic[oa]s?\b", r"\bproveedor(?:es)? de (?:atenci[óo]n|servicios) "
        r"m[ée]dic", r"\bprofesional(?:es)? de (?:la )?salud\b", r"\b9-?1-?1\b",
        r"\bemergencias?\b", r"\bl[íi]nea de ayuda\b", r"\b1-800-",
    ),
    contact_verbs=_any(
        r"\b(?:llame|llamar|llamando|acuda|acudir|consulte|consultar|hable|hablar|pregunte|"
        r"preguntar|busque|buscar|vaya|ir|comun[íi]quese|contacte|notifique|avise|pida|ayuda)\b",
    ),
    discusses_care=_any(
        r"\bs[íi]ntomas?\b", r"\bsignos de advertencia\b", r"\befectos secundarios\b",
        r"\bmedicamentos?\b", r"\bmedicinas?\b", r"\bpastillas?\b", r"\bdosis\b",
        r"\brecetas?\b", r"\btratamientos?\b", r"\bterapias?\b", r"\bpruebas?\b",
        r"\bex[áa]men(?:es)?\b", r"\bcirug[íi]as?\b", r"\bantibi[óo]ticos?\b", r"\bvacunas?\b",
    ),
    third_person_advice=_any(
        r"\b(?:los pacientes|las personas|los adultos|las mujeres|los hombres|los padres|"
        r"todos|todas|uno)\b(?:\s+[\w–-]+){0,4}?\s+(?:deben|debe|deber[íi]an|tienen que)\b",
        r"\b(?:recomiendan?|aconsejan?|instan?)\s+(?:que\s+|a\s+)?(?:todas\s+|todos\s+)?"
        r"(?:los pacientes|las personas|los adultos|las mujeres|las familias)\b",
    ),
    organisation=_any(
        r"\b(?:CDC|NIH|NCI|FDA|OMS)\b", r"\bcampaña\b", r"\biniciativa\b", r"\bprograma\b",
        r"\bmateriales\b", r"\bsitio web\b", r"\bpermiso\b",
    ),
    dateline=_any(r"^(?:actualizado|revisado|publicado|fecha)\b.*\d"),
    summary_headings=_any(
        r"^(?:puntos clave|resumen|en resumen|lo que (?:usted )?(?:debe|necesita) saber|"
        r"lo más importante|para recordar|recuerde)[.:!]?$"
    ),
    generic_headings=_any(
        r"^(?:introducci[óo]n|descripci[óo]n general|antecedentes|m[áa]s informaci[óo]n|"
        r"informaci[óo]n|informaci[óo]n general|otros|otras|detalles|notas|recursos)[.:]?$"
    ),
    conjunctions=_words("y e o u"),
    clause_starts=_words("pero si cuando porque aunque que mientras donde llamado llamada "
                         "también como"),
    series_leads=_words("como incluye incluyen incluidos entre"),
    percent=re.compile(r"\d+(?:,\d+)?\s?(?:%|por ciento\b)", re.IGNORECASE),
    # "aumentó un 13 %", "se redujo en casi un 20 %", "bajan hasta un 30 %", "un aumento del
    # 10 %", "-13 %"; and "redujo la carga viral en un 90 %": the verb, then "en (un)"
    change_before=_any(rf"(?:\b(?:{_ES_CHANGE_VERBS}|crec|mejora|caída)\w*\s+(?:en\s+|del?\s+)?"
                       r"(?:(?:casi|alrededor de|aproximadamente|hasta|más de|solo|sólo)\s+)?"
                       r"(?:un\s+|el\s+)?|(?:^|(?<=[\s(\[]))[+\-−±]"
                       rf"|\b(?:{_ES_CHANGE_VERBS})\w*\s[^.;:]{{0,60}}?\ben\s+(?:un\s+)?)$"),
    change_after=_any(r"\s+(?:más|menos|mayor|menor)\b"),
    frequency="{count} de cada {total}",
    about="alrededor de",
    decimal=re.compile(r"(?<![\d,])\d+,\d{1,2}(?![\d,])"),
    calculation=CuedPattern(
        _any(r"\bsume\b", r"\breste\b", r"\bcalcule\b", r"\bmultiplique\b", r"\bdivida\b",
             r"\bconvierta\b", r"\bla diferencia entre\b"),
        ("sume", "reste", "calcule", "multiplique", "divida", "convierta", "la diferencia entre"),
    ),
    not_a_share=_any(r"\s*(?:de\s+)?alcohol\b", r"\s*(?:IC|intervalo de confianza)\b"),
    not_a_share_before=_any(r"\b(?:IC|intervalo de confianza)\s+(?:del?\s+|al\s+)?$"),
    risk_words=_any(r"\briesgos?\b", r"\bprobabilidad(?:es)?\b", r"\bprobable\b",
                    r"\bposibilidad(?:es)?\b"),
    relative_risk=CuedPattern(_any(
        r"\b(?:\d+(?:,\d+)?|dos|tres|cuatro|cinco|diez)\s+veces\s+(?:m[áa]s|menos)\b",
        r"\bel doble\b", r"\bla mitad\b", r"\bduplica\b",
        r"\b(?:reduce|reducir|baja|bajar|aumenta|aumentar|disminuye)\b[^.;]{0,60}?\ben\s+"
        r"(?:un\s+)?\d+(?:,\d+)?\s?(?:%|por ciento)",
    ), ("veces", "doble", "mitad", "duplica", "%", "por ciento")),
    future=_any(r"\b\w+(?:rá|rán)\b", r"\bdentro de\b"),
    stopwords=_words(
        "el la los las un una unos unas y o de del a al en con por para su sus que qué es son "
        "ser lo le se cómo cuándo no"
    ),
)

LEXICONS: dict[str, Lexicon] = {"en": ENGLISH, "es": SPANISH}
