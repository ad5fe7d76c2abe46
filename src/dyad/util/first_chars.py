"""A regular expression with a look-ahead on the characters its matches can begin with, so that the
engine rejects most positions of a text at once (used by the time grammar and the place finder's
whole-text scanners).

Python's regex engine skips quickly to a possible start only when a pattern begins with a literal or
a character set that ignoring case leaves alone; a pattern that begins with an optional group or a
look-behind ("(?:early\\s+)?(?P<month>...)", "(?<![A-Za-z])...") is tried in full at every position.
``with_first_chars`` puts ``(?=[...])`` in front, the set of characters a match can begin with
(worked out from the parsed pattern): at a position where no match can begin, the engine fails on
that one test. The look-ahead consumes nothing and sets no group, and every match begins with one
of those characters, so the pattern finds exactly the same matches with the same groups.

``skipping`` goes further for the time grammar: the first (and second) characters are consumed,
as a set the engine skips to in its own loop, and the pattern is matched inside a look-behind over
them; ``matches`` reads from it what ``finditer`` finds."""

from __future__ import annotations

import re
from re import _constants as C  # noqa: N812
from re import _parser

_CATEGORIES = {
    C.CATEGORY_DIGIT: r"\d",
    C.CATEGORY_NOT_DIGIT: r"\D",
    C.CATEGORY_SPACE: r"\s",
    C.CATEGORY_NOT_SPACE: r"\S",
    C.CATEGORY_WORD: r"\w",
    C.CATEGORY_NOT_WORD: r"\W",
}


class _Unknown(Exception):
    """A construct whose first characters are not worked out here: the pattern is left as it is."""


def with_first_chars(pattern: re.Pattern) -> re.Pattern:
    """``pattern`` behind a look-ahead on the first characters of its matches; ``pattern`` itself
    when a match may be empty or its start holds a construct not read here (a back reference, a
    flag changed inside, "." and the like)."""
    try:
        classes, empty = _first(_parser.parse(pattern.pattern, pattern.flags).data)
    except _Unknown:
        return pattern
    if empty or not classes:
        return pattern
    plain = sorted({c for c in classes if not c.startswith("[")})
    sets = sorted({c for c in classes if c.startswith("[")})
    head = "|".join(([f"[{''.join(plain)}]"] if plain else []) + sets)
    return re.compile(f"(?={head})(?:{pattern.pattern})", pattern.flags)


def begins_with_choice(pattern: re.Pattern) -> bool:
    """Whether the pattern's first item, inside any groups, is a choice of alternatives ("a|b")
    or a word boundary: a pattern the engine tries in full at every position of a text."""
    items = _parser.parse(pattern.pattern, pattern.flags).data
    while items:
        op, av = items[0]
        if op is C.SUBPATTERN and not (av[1] or av[2]):
            items = av[3].data
            continue
        return op is C.BRANCH or op is C.AT
    return False


def _first(items) -> tuple[list[str], bool]:
    """The classes of the characters a sequence's match can begin with (each written as a regex
    atom: an escaped character or a bracketed set), and whether it can match the empty string."""
    classes: list[str] = []
    for op, av in items:
        more, empty = _item(op, av)
        classes += more
        if not empty:
            return classes, False
    return classes, True


def _item(op, av) -> tuple[list[str], bool]:
    if op is C.LITERAL:
        return [re.escape(chr(av))], False
    if op is C.NOT_LITERAL:
        return [f"[^{re.escape(chr(av))}]"], False
    if op is C.IN:
        return [_set(av)], False
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown
        return _first(sub)
    if op is C.ATOMIC_GROUP:
        return _first(av)
    if op is C.BRANCH:
        classes, empty = [], False
        for alternative in av[1]:
            more, may_be_empty = _first(alternative)
            classes += more
            empty = empty or may_be_empty
        return classes, empty
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, _high, sub = av
        classes, empty = _first(sub)
        return classes, empty or low == 0
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return [], True  # consumes nothing: the next item's characters begin the match
    raise _Unknown(op)


def _set(items) -> str:
    negated, parts = False, []
    for op, av in items:
        if op is C.NEGATE:
            negated = True
        elif op is C.LITERAL:
            parts.append(re.escape(chr(av)))
        elif op is C.RANGE:
            parts.append(f"{re.escape(chr(av[0]))}-{re.escape(chr(av[1]))}")
        elif op is C.CATEGORY and av in _CATEGORIES:
            parts.append(_CATEGORIES[av])
        else:
            raise _Unknown(op)
    return f"[{'^' if negated else ''}{''.join(parts)}]"


# Under IGNORECASE an ASCII letter also matches these (the engine's simple case folding; a test
# checks the table against every code point).
_ASCII_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_WHOLE = "_first_chars_whole"  # the group that holds the pattern's own match in ``skipping``


def skipping(pattern: re.Pattern) -> re.Pattern | None:
    """``pattern`` rewritten to begin with a consumed character of the set its matches begin with
    (and one of the set their second characters come from, where no match is shorter than two),
    the pattern itself inside a look-ahead inside a look-behind over them
    (``(?-i:[..][..])(?<=(?=(?P<whole>pattern))..)``). The engine skips to the next character of
    a set that ignoring case leaves alone in its own loop, where ``with_first_chars``' look-ahead
    is entered at every position. It matches at every position where ``pattern`` matches (a
    look-behind sees the text before ``pos``): ``matches`` reads what ``pattern.finditer`` finds
    from it. None where the characters are not all worked out, or a letter beyond ASCII would
    need its other cases, or the pattern refers to a group."""
    ignore_case = bool(pattern.flags & re.IGNORECASE)
    try:
        items = _parser.parse(pattern.pattern, pattern.flags).data
        classes, empty = _first(items)
        chars = _cased_set(classes, ignore_case)
    except _Unknown:
        return None
    if empty or not chars or re.search(r"\\\d|\(\?P=|\(\?\(", pattern.pattern):
        return None
    head, width = f"[{chars}]", "."
    try:
        _firsts, seconds, short = _two(items)
        if not short and seconds:
            head, width = f"{head}[{_cased_set(seconds, ignore_case)}]", ".."
    except _Unknown:
        pass  # the first character alone
    try:
        return re.compile(f"(?-i:{head})(?<=(?=(?P<{_WHOLE}>{pattern.pattern}))(?s:{width}))", pattern.flags)
    except re.error:
        return None


def matches(skipper: re.Pattern, text: str):
    """(start, end, groupdict) of each match ``pattern.finditer(text)`` finds, from
    ``skipping(pattern)``: as finditer, the first position from the end of the last match where
    the pattern matches (its matches are never empty)."""
    search, end = skipper.search, 0
    while (m := search(text, end)) is not None:
        start, end = m.span(_WHOLE)
        groups = m.groupdict()
        del groups[_WHOLE]
        yield start, end, groups


def _cased_set(classes: list[str], ignore_case: bool) -> str:
    """The body of a set, case taken as it is, of the characters the classes match (ignoring case
    where ``ignore_case``)."""
    out: set[str] = set()
    for cls in classes:
        for op, av in _parser.parse(cls).data[0][1] if cls.startswith("[") else _parser.parse(cls).data:
            if op is C.LITERAL:
                out.update(_cases(chr(av), ignore_case))
            elif op is C.RANGE and av[1] < 128:
                for code in range(av[0], av[1] + 1):
                    out.update(_cases(chr(code), ignore_case))
            elif op is C.CATEGORY and av in (C.CATEGORY_DIGIT, C.CATEGORY_SPACE):
                out.add(_CATEGORIES[av])
            else:
                raise _Unknown(op)
    return "".join(sorted(out))


def _cases(ch: str, ignore_case: bool) -> list[str]:
    if not ignore_case or (ch.lower() == ch == ch.upper() and not ch.isalpha()):
        return [re.escape(ch)]
    if not (ch.isascii() and ch.isalpha()):
        raise _Unknown(ch)
    return [re.escape(c) for c in ch.lower() + ch.upper() + _ASCII_FOLDS.get(ch.lower(), "")]


def _two(items) -> tuple[list[str], list[str], set[int]]:
    """The classes of the first and of the second characters of a sequence's matches, and which
    of the lengths 0 and 1 its matches may have (any of them where unsure)."""
    firsts: list[str] = []
    seconds: list[str] = []
    reach = {0}  # the offsets, below 2, at which the next item may begin
    for op, av in items:
        first, second, short = _two_item(op, av)
        if 0 in reach:
            firsts += first
            seconds += second
        if 1 in reach:
            seconds += first
        reach = {at + n for at in reach for n in short if at + n < 2}
        if not reach:
            break
    return firsts, seconds, reach


def _two_item(op, av) -> tuple[list[str], list[str], set[int]]:
    if op in (C.LITERAL, C.NOT_LITERAL, C.IN):
        return _item(op, av)[0], [], {1}
    if op is C.SUBPATTERN:
        _group, add_flags, del_flags, sub = av
        if add_flags or del_flags:
            raise _Unknown
        return _two(sub)
    if op is C.ATOMIC_GROUP:
        return _two(av)
    if op is C.BRANCH:
        firsts, seconds, short = [], [], set()
        for alternative in av[1]:
            first, second, may = _two(alternative)
            firsts += first
            seconds += second
            short |= may
        return firsts, seconds, short
    if op in (C.MAX_REPEAT, C.MIN_REPEAT, C.POSSESSIVE_REPEAT):
        low, high, sub = av
        first, second, may = _two(sub)
        firsts, seconds, short = [], [], set()
        reach, done = {0}, 0  # offsets below 2 after ``done`` repeats
        while True:
            if done >= low:
                short |= reach
            if done >= high or not reach:
                break
            if 0 in reach:
                firsts += first
                seconds += second
            if 1 in reach:
                seconds += first
            after = {at + n for at in reach for n in may if at + n < 2}
            if after == reach:  # the same from here on
                short |= reach
                break
            reach, done = after, done + 1
        return firsts, seconds, short
    if op in (C.ASSERT, C.ASSERT_NOT, C.AT):
        return [], [], {0}
    raise _Unknown(op)
