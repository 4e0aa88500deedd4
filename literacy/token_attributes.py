"""The trained pipeline's attribute rules and lemmatizer, applied by table lookup.

``en_core_web_sm``'s ``attribute_ruler`` maps each fine-grained tag to its part of speech and
morphology and fixes a few dozen words ("n't" → PART, "is" → AUX); it holds 179 rules, and
spaCy runs them through its general token ``Matcher``, which cost about a quarter of the
whole pipeline on health text (``bench/run.py``).  ``plainly_attributes`` applies the same
rules, read from the installed model when the pipeline is loaded (:meth:`initialize`): a
token's matching rules depend only on its lower-case form, tag, dependency label and
whether it is white space, so they are worked out once per distinct such key and then looked
up.  The rules are applied in the ruler's own order (by rule, then by position; a later rule
wins), with the ruler's own normalised attributes, so every token gets exactly the
attributes the stock component would give it; ``tests/literacy/test_token_attributes.py``
compares the two on every token of the evaluation texts.

A rule the table cannot express (an operator such as ``OP``, or another token attribute)
makes :func:`tabulable` false, and the pipeline then keeps spaCy's own component.

``plainly_lemmas`` does the same for the rule lemmatizer: a lemma depends only on the
token's text, part of speech and morphology (spaCy's own lemma cache is keyed by exactly
these), so the model's lemmatizer is asked once per distinct triple, and a token whose lemma
the attribute rules already set keeps it, as with the stock component.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

# The token attributes a rule may test, by their place in a token's key.
_POSITION = {"LOWER": 0, "TAG": 1, "DEP": 2, "IS_SPACE": 3}
_OPERATORS = ("IN", "NOT_IN", "REGEX")

_COLUMNS = [LOWER, TAG, DEP, IS_SPACE]  # a token's key, as the ids Doc.to_array gives
# Distinct keys remembered; past this the memo starts afresh (a server reads unbounded text).
MAX_MEMO = 200_000

Key = tuple[str, str, str, bool]  # lower-case form, tag, dependency label, is white space
Parts = tuple[tuple[int, ...], frozenset[tuple[int, int]]]
Test = Callable[[Key], bool]


def tabulable(ruler: AttributeRuler) -> bool:
    """Whether every rule of ``ruler`` tests only attributes and operators this table knows."""
    for rule in ruler.patterns:
        for pattern in _patterns(rule):
            for spec in pattern:
                for attribute, value in spec.items():
                    if attribute not in _POSITION:
                        return False
                    if isinstance(value, dict) and not set(value) <= set(_OPERATORS):
                        return False
    return True


def _test(attribute: str, value: object) -> Test:
    """One attribute test of a rule, as the Matcher reads it (a value, IN, NOT_IN, REGEX)."""
    position = _POSITION[attribute]
    if not isinstance(value, dict):
        return lambda key: key[position] == value
    checks: list[Test] = []
    if "IN" in value:
        allowed = frozenset(value["IN"])
        checks.append(lambda key: key[position] in allowed)
    if "NOT_IN" in value:
        refused = frozenset(value["NOT_IN"])
        checks.append(lambda key: key[position] not in refused)
    if "REGEX" in value:
        pattern = re.compile(value["REGEX"])
        checks.append(lambda key: pattern.search(str(key[position])) is not None)
    return lambda key: all(check(key) for check in checks)


class TokenAttributes:
    """Sets part of speech, morphology and lemma exceptions by the attribute ruler's rules."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self._rules: list[tuple[int, int, list[Test]]] = []  # (rule, token index, specs)
        self._by_tag: dict[str | None, list[tuple[int, int]]] = {}  # tag → (rule, part)
        self._attrs: Sequence[Mapping[int, Any]] = ()
        self._matches: dict[tuple[int, ...], Parts] = {}  # by the key's string ids

    def initialize(self, get_examples: object = None, *, nlp: Language | None = None,
                   ruler: AttributeRuler | None = None) -> None:
        """Take the rules of the installed model's ``attribute_ruler``."""
        if ruler is None:
            raise ValueError("plainly_attributes needs the attribute_ruler to copy")
        self._attrs = ruler.attrs
        self._rules, self._by_tag, self._matches = [], {}, {}
        for number, rule in enumerate(ruler.patterns):
            for pattern in _patterns(rule):
                specs = []
                for part, spec in enumerate(pattern):
                    specs.append(_all_of([_test(name, value) for name, value in spec.items()]))
                    tag = spec.get("TAG")
                    self._by_tag.setdefault(tag if isinstance(tag, str) else None, []).append(
                        (len(self._rules), part))
                self._rules.append((number, ruler.indices[number], specs))

    def _parts(self, key: Key) -> Parts:
        """The rules a token with ``key`` matches alone (their numbers), and the (rule, part)
        pairs it satisfies of longer rules."""
        candidates = self._by_tag.get(key[1], []) + self._by_tag.get(None, [])
        satisfied = [(rule, part) for rule, part in candidates if self._rules[rule][2][part](key)]
        alone = tuple(self._rules[rule][0] for rule, _ in satisfied
                      if len(self._rules[rule][2]) == 1)
        longer = frozenset(pair for pair in satisfied if len(self._rules[pair[0]][2]) > 1)
        return alone, longer

    def __call__(self, doc: Doc) -> Doc:
        strings = doc.vocab.strings
        found = []
        for row in doc.to_array(_COLUMNS).tolist():
            ids = tuple(row)
            parts = self._matches.get(ids)
            if parts is None:
                parts = self._parts((strings[row[0]], strings[row[1]], strings[row[2]],
                                     bool(row[3])))
                if len(self._matches) >= MAX_MEMO:
                    self._matches.clear()
                self._matches[ids] = parts
            found.append(parts)
        matches: list[tuple[int, int, int]] = []  # (attribute rule, start, target)
        for start, (alone, longer) in enumerate(found):
            matches.extend((number, start, start) for number in alone)
            for rule, part in longer:
                number, index, specs = self._rules[rule]
                end = start + len(specs)
                if part or end > len(doc) or any(
                    (rule, offset) not in found[start + offset][1]
                    for offset in range(1, len(specs))
                ):
                    continue
                matches.append((number, start, (start if index >= 0 else end) + index))
        if not matches:
            return doc
        matches.sort()
        for number, _, target in matches:
            set_token_attrs(doc[target], dict(self._attrs[number]))
        return doc


def _patterns(rule: Mapping[str, Any]) -> list[list[dict[str, Any]]]:
    """The token patterns of one ruler rule (its ``patterns`` entry)."""
    patterns: list[list[dict[str, Any]]] = rule["patterns"]
    return patterns


def _all_of(tests: list[Test]) -> Test:
    return lambda key: all(test(key) for test in tests)


@Language.factory("plainly_attributes")
def make_token_attributes(nlp: Language, name: str) -> TokenAttributes:
    """The ``plainly_attributes`` component (rules given by :meth:`TokenAttributes.initialize`)."""
    return TokenAttributes(nlp, name)


class CachedLemmas:
    """Sets each token's lemma by the model's rule lemmatizer, once per distinct token."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        self._lemmatizer: Lemmatizer | None = None
        self._lemmas: dict[tuple[int, int, int], int] = {}  # (text, POS, morphology) → lemma

    def initialize(self, get_examples: object = None, *, nlp: Language | None = None,
                   lemmatizer: Lemmatizer | None = None) -> None:
        """Take the installed model's lemmatizer (rule mode, not overwriting)."""
        if lemmatizer is None:
            raise ValueError("plainly_lemmas needs the lemmatizer to ask")
        self._lemmatizer = lemmatizer
        self._lemmas = {}

    def __call__(self, doc: Doc) -> Doc:
        lemmatizer = self._lemmatizer
        if lemmatizer is None:
            raise ValueError("plainly_lemmas was not initialised")
        strings = doc.vocab.strings
        lemmas = []
        for index, (orth, pos, morph, lemma) in enumerate(doc.to_array(_LEMMA_KEY).tolist()):
            if not lemma:
                key = (orth, pos, morph)
                lemma = self._lemmas.get(key, 0)
                if not lemma:
                    lemma = strings.add(lemmatizer.lemmatize(doc[index])[0])
                    if len(self._lemmas) >= MAX_MEMO:
                        self._lemmas.clear()
                    self._lemmas[key] = lemma
            lemmas.append(lemma)
        if lemmas:
            column: Any = numpy.array(lemmas, dtype=numpy.uint64).reshape(-1, 1)
            doc.from_array([LEMMA], column)
        return doc


_LEMMA_KEY = [ORTH, POS, MORPH, LEMMA]


def lemmas_cachable(lemmatizer: Lemmatizer) -> bool:
    """Rule lemmatizers that keep lemmas already set are a function of text, POS and
    morphology; other modes are left to spaCy."""
    return lemmatizer.mode == "rule" and not lemmatizer.overwrite


@Language.factory("plainly_lemmas")
def make_cached_lemmas(nlp: Language, name: str) -> CachedLemmas:
    """The ``plainly_lemmas`` component (lemmatizer given by :meth:`CachedLemmas.initialize`)."""
    return CachedLemmas(nlp, name)
