"""The model's own attribute rules (tag to POS and morphology, lemma exceptions), from a memo.

The English model's ``attribute_ruler`` runs about 180 token patterns through spaCy's Matcher on
every token: a sixth of the whole parse. Nearly all of those patterns read one token's TAG,
LOWER, DEP and IS_SPACE, so what they do to a token depends on those four values only: it is
worked out once per distinct combination and reused. The few patterns that span several tokens
keep a Matcher of their own. The rules, their order of precedence and the values they set are
the model's; tests/test_attributes.py checks that the results equal the model's component.

``MemoRules.from_ruler`` raises ``Unsupported`` for a ruler with patterns it cannot read (another
model); ``nlp.load_nlp`` then keeps the model's component as it is.
"""

from __future__ import annotations

import re

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.tokens._retokenize import set_token_attrs

READS = {"TAG": "tag_", "LOWER": "lower_", "DEP": "dep_", "IS_SPACE": "is_space"}


class Unsupported(ValueError):
    """A pattern reads something other than one token's TAG, LOWER, DEP or IS_SPACE."""


class MemoRules:
    """Apply an AttributeRuler's rules with one dictionary lookup for most tokens."""

    def __init__(self, vocab, single: list[tuple[int, list[dict]]], multi, attrs, indices):
        self.single = single  # (rule id, alternative one-token patterns), in rule order
        self.multi = multi  # Matcher over the rules that span tokens, keyed by str(rule id)
        self.attrs, self.indices = attrs, indices
        self.memo: dict[tuple, dict] = {}
        self.vocab = vocab
        self.literals, self.regexes = words_read(spec for _, specs in single for spec in specs)
        self.lowers: dict[str, str | None] = {}

    @classmethod
    def from_ruler(cls, ruler) -> MemoRules:
        single, multi = [], Matcher(ruler.vocab)
        for rule in range(len(ruler.attrs)):
            patterns = ruler.matcher.get(str(rule))[1]
            if all(len(p) == 1 for p in patterns):
                for spec in patterns:
                    check_spec(spec[0])
                single.append((rule, [p[0] for p in patterns]))
            else:
                multi.add(str(rule), patterns)
        return cls(ruler.vocab, single, multi, ruler.attrs, ruler.indices)

    def __call__(self, doc: Doc) -> Doc:
        spanning = self.spanning_matches(doc)
        lowers = self.lowers
        for token in doc:
            lower = token.lower_
            seen = lowers.get(lower, "")
            if seen == "":
                seen = lowers[lower] = lower if self.read(lower) else None
            key = (token.tag_, seen, token.dep_, token.is_space)
            settled = self.memo.get(key)
            if settled is None:
                settled = self.memo[key] = self.rules_for(key)
            extra = spanning.get(token.i)
            if extra:
                settled = merged(sorted(list(settled.get("rules", ())) + extra), self.attrs)
            values = settled.get("values")
            if values:
                set_token_attrs(token, values)
        return doc

    def read(self, lower: str) -> bool:
        """Whether any one-token rule tells this word from any other (else it stands as None)."""
        return lower in self.literals or any(r.search(lower) for r in self.regexes)

    def rules_for(self, key: tuple) -> dict:
        """Rule ids whose one-token patterns match a token with these values, and what they set."""
        values = dict(zip(("TAG", "LOWER", "DEP", "IS_SPACE"), key, strict=True))
        rules = [rule for rule, specs in self.single if any(matches(spec, values) for spec in specs)]
        return merged(rules, self.attrs)

    def spanning_matches(self, doc: Doc) -> dict[int, list[int]]:
        """Token index -> ids of the multi-token rules that set something on it."""
        found: dict[int, list[int]] = {}
        if len(self.multi) == 0:
            return found
        for match_id, start, end in self.multi(doc, allow_missing=True):
            rule = int(self.vocab.strings[match_id])
            index = self.indices[rule]
            target = (start if index >= 0 else end) + index
            if start <= target < end:
                found.setdefault(target, []).append(rule)
        return found


def merged(rules: list[int], attrs: list[dict]) -> dict:
    """Later rules win, as in the AttributeRuler (it applies matches sorted by rule id)."""
    values: dict = {}
    for rule in rules:
        values.update(attrs[rule])
    return {"rules": tuple(rules), "values": values}


def words_read(specs) -> tuple[set[str], list[re.Pattern]]:
    """The LOWER values the rules name, and their LOWER regular expressions."""
    literals: set[str] = set()
    regexes = []
    for spec in specs:
        wanted = spec.get("LOWER")
        if isinstance(wanted, str):
            literals.add(wanted)
        elif isinstance(wanted, dict):
            literals.update(wanted.get("IN", ()), wanted.get("NOT_IN", ()))
            if "REGEX" in wanted:
                regexes.append(re.compile(wanted["REGEX"]))
    return literals, regexes


def check_spec(spec: dict) -> None:
    for attr, value in spec.items():
        if attr not in READS:
            raise Unsupported(f"attribute rule reads {attr}")
        if isinstance(value, dict) and not set(value) <= {"IN", "NOT_IN", "REGEX"}:
            raise Unsupported(f"attribute rule uses {sorted(value)}")


def matches(spec: dict, values: dict) -> bool:
    """``values`` has LOWER None for a word no rule names: it then fails every test but NOT_IN."""
    return all(test(value, values[attr]) for attr, value in spec.items())


def test(wanted, actual) -> bool:
    if actual is None:
        return isinstance(wanted, dict) and set(wanted) == {"NOT_IN"}
    if not isinstance(wanted, dict):
        return wanted == actual
    if "IN" in wanted and actual not in wanted["IN"]:
        return False
    if "NOT_IN" in wanted and actual in wanted["NOT_IN"]:
        return False
    return "REGEX" not in wanted or re.search(wanted["REGEX"], actual) is not None
