"""Counts in every written form: digits with any thousands separator, "3k", "40 thousand", number
words (via text2num), "un millier", approximations (= the number) and vague or ranged amounts (None)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from text_to_num import text2num

_SEP = "[ \u00a0\u202f.,]"
_DIGITS = rf"\d{{1,3}}(?:{_SEP}\d{{3}})+(?!\d)|\d+(?:[.,]\d+)?"
_SCALE = r"(?:\s*(?:k|K)\b|[\s\u00a0]+(?:thousand|mille|million|millions)\b)?"

# vocabulary to find number-word spans; their values come from text2num
_EN_WORDS = (
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
    "hundred",
    "thousand",
)
_FR_WORDS = (
    "un",
    "une",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
    "vingt",
    "vingts",
    "trente",
    "quarante",
    "cinquante",
    "soixante",
    "cent",
    "cents",
    "mille",
)
_WORD = "|".join(sorted({*_EN_WORDS, *_FR_WORDS}, key=len, reverse=True))
# a sequence of number words joined by spaces, hyphens, "and" or "et"
_WORDS = rf"(?:{_WORD})(?:(?:[\s\-]+|\s+(?:and|et)[\s\-]+)(?:{_WORD}))*"

_NUMBER = re.compile(
    r"(?P<num>\ba\s+hundred\s+thousand\b|\b(?:half\s+a|un\s+demi-?)\s*million\b|\b(?:un|a|one|le|au|du)\s+(?:millier|thousand)\b|\b(?:une|la)\s+(?:centaine|dizaine|douzaine|quinzaine|vingtaine"
    r"|trentaine|quarantaine|cinquantaine|soixantaine)\b|\ba\s+hundred\b"
    rf"|(?<![\w.,])(?<![A-Za-z]-)(?:{_DIGITS}){_SCALE}(?:-strong)?|\b(?:{_WORDS})\b(?:-strong)?)",
    re.IGNORECASE,
)
_VAGUE = re.compile(
    r"\b(?:(?:des|plusieurs|quelques|de)\s+(?:dizaines\s+de\s+)?(?:milliers|centaines|dizaines)"
    r"|(?:several|a\s+few|tens\s+of|hundreds\s+of|many)\s+(?:thousands?|hundreds?|dozens?)"
    r"|thousands|hundreds|dozens|milliers|centaines|(?:a|one)\s+battalion|(?:a|one)\s+brigade"
    r"|un\s+bataillon|une\s+brigade|several\s+thousand|several\s+hundred)\b",
    re.IGNORECASE,
)
_NAME_BEFORE = re.compile(
    r"\b(?-i:Base|Highway|Route|Resolution|Article|Flight|Camp|Zone|Sector|Gate|Building|Block"
    r"|Checkpoint|Hill|Number|No|Station|Exit|Résolution)\s+$"
)
_MONEY_BEFORE = re.compile(r"[$€£¥]\s*$")
_MONEY_AFTER = re.compile(r"\s*(?:[$€£¥]|(?:\w+\s+)?(?:dollars?|euros?|pounds|livres|d['’]euros|de\s+dollars)\b)", re.I)
_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|à|ou|or)\s*", re.IGNORECASE)
_APPROX = (
    r"(?:about|around|some|roughly|nearly|almost|approximately|over|more\s+than|environ|quelque|près\s+de"
    r"|plus\s+de)"
)
_FROM_BEFORE = re.compile(rf"\b(?:from|de|d'|d’)\s*(?:{_APPROX}\s+)?$", re.IGNORECASE)
# "from about 2,500 troops to 1,500", "de 1 100 soldats à 1 400": the noun between the two levels
_LEVEL_GAP = re.compile(rf"\s+(?:[\w.’'-]+\s+){{1,3}}?(?:to|à)\s+(?:{_APPROX}\s+)?", re.IGNORECASE)
# "138,000, down from 146,000 today", "from a peak of nearly 170,000": the level before, a stock
_PRIOR_LEVEL_BEFORE = re.compile(
    rf"\b(?:(?:down|up)\s+from|from\s+(?:a|its|their)\s+(?:\w+\s+)?(?:peak|high)\s+of)\s+(?:{_APPROX}\s+)?$",
    re.IGNORECASE,
)
_APPROX_LEVEL_GAP = re.compile(rf"\s+(?:to|à)\s+{_APPROX}\s+", re.IGNORECASE)
# "l'envoi de 2 500 à 3 000 soldats", "un contingent de 200 à 250 marines": the "de" of the noun, so a range
_NOUN_OF_A_FORCE = re.compile(
    rf"\b(?:envoi|déploiement|participation|contingent|renfort|détachement|contribution|force)\s+(?:de|d['’])\s*"
    rf"(?:{_APPROX}\s+)?$",
    re.IGNORECASE,
)
# ("a réduit son contingent de 15 000 à 5 000 hommes": a change of level after all)
_CHANGE_VERB = re.compile(
    r"\b(?:rédui\w+|ramen\w+|ramèn\w+|pass\w+|port\w+|abaiss\w+|diminu\w+|augment\w+|cut\w*|reduc\w+"
    r"|increas\w+|rais\w+|lower\w*|trim\w*)\b",
    re.IGNORECASE,
)
_BETWEEN = re.compile(r"\b(?:between|entre)\s*$", re.IGNORECASE)
_AND_AFTER = re.compile(r"^\s*(?:and|et)\s+$", re.IGNORECASE)
_LONE_WORDS = {"un", "une", "one", "a"}  # articles, not counts, unless followed by a scale word


@dataclass(frozen=True, slots=True)
class Count:
    start: int
    end: int
    text: str
    value: int | None  # None: vague or ranged
    ranged: bool = False
    from_to: bool = False  # "from A to B": A is a stock, the flow size is only implied
    prior: bool = False  # "138,000, down from 146,000": the level before the one just stated (a stock too)
    to_value: int | None = None  # "from A to B": B, the level reached


def parse_number(text: str, lang: str = "en") -> int | None:
    """Integer value of one number expression, or None if it is not one."""
    s = text.strip().lower().replace("-strong", "")
    if s == "a hundred thousand":
        return 100_000
    if re.fullmatch(r"(?:half\s+a|un\s+demi-?)\s*million", s):
        return 500_000
    if re.fullmatch(r"(?:un|a|one|le|au|du)\s+(?:millier|thousand)", s):
        return 1000
    if re.fullmatch(r"(?:(?:une|la)\s+centaine|a\s+hundred)", s):
        return 100
    # "une dizaine", "une trentaine": about that many, which the rules take as the number
    approx = re.fullmatch(
        r"(?:une|la)\s+(dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|cinquantaine"
        r"|soixantaine)",
        s,
    )
    if approx:
        return {
            "dizaine": 10,
            "douzaine": 12,
            "quinzaine": 15,
            "vingtaine": 20,
            "trentaine": 30,
            "quarantaine": 40,
            "cinquantaine": 50,
            "soixantaine": 60,
        }[approx.group(1)]
    m = re.fullmatch(rf"({_DIGITS})\s*(k|thousand|mille|millions?)?", s)
    if m:
        digits, scale = m.group(1), m.group(2)
        if re.fullmatch(rf"\d{{1,3}}(?:{_SEP}\d{{3}})+", digits):
            value = float(re.sub(r"\D", "", digits))
        else:
            value = float(digits.replace(",", "."))
        mult = {"k": 1000, "thousand": 1000, "mille": 1000, "million": 10**6, "millions": 10**6}.get(scale or "", 1)
        result = round(value * mult)
        return result if result > 0 else None
    words = re.sub(r"\s+", " ", s)
    for lg in (lang, "fr" if lang == "en" else "en"):
        try:
            return int(text2num(words, lg))
        except ValueError:
            continue
    return None


def find_counts(text: str, lang: str = "en") -> list[Count]:
    """Every number expression in `text`, with ranges and vague amounts marked (value None)."""
    out: list[Count] = []
    vague = [(m.start(), m.end()) for m in _VAGUE.finditer(text)]
    out.extend(Count(s, e, text[s:e], None) for s, e in vague)
    matches = [m for m in _NUMBER.finditer(text) if not any(s <= m.start() < e for s, e in vague)]
    i = 0
    while i < len(matches):
        m = matches[i]
        surface = m.group()
        i += 1
        if surface.lower() in _LONE_WORDS:
            continue
        value = parse_number(surface, lang)
        start, end = m.start(), m.end()
        ranged = from_to = False
        to_value: int | None = None
        nxt = matches[i] if i < len(matches) else None
        before = text[max(0, start - 24) : start]
        level_from = _FROM_BEFORE.search(before) is not None and not (
            _NOUN_OF_A_FORCE.search(text[max(0, start - 40) : start])
            and not _CHANGE_VERB.search(text[max(0, start - 70) : start])
        )
        if (
            nxt is not None
            and nxt.start() - end <= 40
            and _FROM_BEFORE.search(before)
            and _LEVEL_GAP.fullmatch(text[end : nxt.start()])
        ):
            i += 1
            out.append(Count(start, end, text[start:end], value, False, True, to_value=parse_number(nxt.group(), lang)))
            continue
        if nxt is not None and level_from and _APPROX_LEVEL_GAP.fullmatch(text[end : nxt.start()]):
            from_to = True  # "from about 132,000 to nearly 153,000", "de 168 000 à environ 130 000"
            to_value = parse_number(nxt.group(), lang)
        elif nxt is not None and nxt.start() - end <= 6:
            gap = text[end : nxt.start()]
            if _RANGE_AFTER.fullmatch(gap) or (_AND_AFTER.fullmatch(gap) and _BETWEEN.search(before)):
                i += 1
                if level_from:
                    from_to = True  # "from A to B": keep A as a stock
                    to_value = parse_number(nxt.group(), lang)
                else:
                    ranged, value, end = True, None, nxt.end()
        prior = value is not None and _PRIOR_LEVEL_BEFORE.search(text[max(0, start - 50) : start]) is not None
        from_to = from_to or prior
        if value is None and not ranged:
            continue
        if _MONEY_BEFORE.search(text[max(0, start - 3) : start]) or _MONEY_AFTER.match(text, end):
            continue  # "$300 million", "50 millions d'euros": money, not people
        if _NAME_BEFORE.search(text[max(0, start - 14) : start]):
            continue  # "Air Base 201", "Resolution 2334", "Highway 1": part of a name
        out.append(Count(start, end, text[start:end], value, ranged, from_to, prior, to_value))
    out.sort(key=lambda c: c.start)
    return out
