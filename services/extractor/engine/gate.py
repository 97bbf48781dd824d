"""Cheap prefilter: articles and sentences without troop vocabulary are never parsed."""

from __future__ import annotations

import re

from .cues import MILITARY_TRADES_EN

# Words that name troops (any count is looked for only around these).
TROOP_WORDS = re.compile(
    r"\b(?:special\s+forces|forces\s+spéciales|(?:members|membres)\s+(?:of|des|de\s+l['’]|du)\s+(?:the\s+)?"
    rf"(?:[\w'’-]+\s+){{0,3}}(?:forces|army|armée|military|guard)|{MILITARY_TRADES_EN}|troops?|soldiers?|soldats?|militaires|personnel|service\s?(?:members|men|women)|servicemen"
    r"|troupes|contingents?|casques\s+bleus|blue\s+helmets|peacekeepers?|marines|paratroopers|parachutistes|conscripts"
    r"|reservists|réservistes|forces|aviateurs|légionnaires|chasseurs\s+alpins|commandos|sapeurs|sappers|army|armée|military"
    r"|infantrymen|artillerymen|gunners|guardsmen|legionnaires|fusiliers|gurkhas|artilleurs|fantassins|marsouins"
    r"|tirailleurs|gardes\s+nationaux|national\s+guard|garde\s+nationale|hommes|men)\b",
    re.IGNORECASE,
)
# "men"/"hommes" and "forces" are common words: they alone do not open an article.
_WEAK = {"hommes", "men", "forces", "military", "army", "armée"}
_SENTENCE_END = re.compile(r"(?<=[.!?…»\"”])\s+(?=[«\"“A-ZÀ-ÝÉ0-9])|\n+")
# "U.S. troops", "M. Poutine", "Gen. Milley": a full stop after these does not end a sentence.
_ABBREV = re.compile(
    r"(?:\b(?:[A-Z]\.)+|\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Sgt|St|Mt|No|Jr|Sr|Adm|Capt|Maj|Gov|Sen|Rep"
    r"|Jan|Feb|Mar|Apr|Aug|Sept?|Oct|Nov|Dec|Ft|Pres|Gens?)\.)$"
)


# "a 1,000-strong battalion": a force of that size, whatever the unit is called
_STRONG_FORCE = re.compile(r"\d-strong\b", re.IGNORECASE)


# ... but a figure names a force with them: "une force de 1 500 hommes", "3,000 men"
_FIGURE_WEAK = re.compile(
    r"(?:\d|\b(?:mille|thousand|hundred|cents?))[\d\s\u00a0\u202f.,]*\s+(?:[\w-]+\s+)?"
    r"(?:hommes|men|forces)\b"
    # "un millier d'hommes", "une centaine d'hommes"
    r"|\b(?:milliers?|centaines?|dizaines?|douzaines?|vingtaine|trentaine|quarantaine|cinquantaine|soixantaine)"
    r"\s+d['’]hommes\b",
    re.IGNORECASE,
)


# The same patterns without IGNORECASE, for text lowered once: Python's case-folding regex is about 3.5x
# slower on the long pages most articles are, and the gate reads every article of the stream.
_TROOP_WORDS_LOW = re.compile(TROOP_WORDS.pattern)
_STRONG_FORCE_LOW = re.compile(_STRONG_FORCE.pattern)
_FIGURE_WEAK_LOW = re.compile(_FIGURE_WEAK.pattern)


def gate_passes(text: str) -> bool:
    """True when `text` has at least one strong troop word (a noun that names troops), or a weak one
    right after a figure."""
    low = text.lower()
    return (
        any(m.group() not in _WEAK for m in _TROOP_WORDS_LOW.finditer(low))
        or (_STRONG_FORCE_LOW.search(low) is not None)
        or _FIGURE_WEAK_LOW.search(low) is not None
    )


def split_sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) offsets of sentences, by punctuation; cheap and good enough for gating."""
    spans = []
    start = 0
    for m in _SENTENCE_END.finditer(text):
        if m.group().startswith(" ") and _ABBREV.search(text[max(0, m.start() - 8) : m.start()]):
            continue
        if m.start() > start:
            spans.append((start, m.start()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return [(s, e) for s, e in spans if text[s:e].strip()]


# "members" may be troops; "drawdown from 5,200 to 3,000" is a troop level without the noun
_MEMBERS = re.compile(r"\bmembers\b|\bmembres\b|\bdraw-?down\b", re.IGNORECASE)


def sentence_passes(sentence: str) -> bool:
    """A sentence is parsed when it names troops at all (weak words and "members" included)."""
    return (
        TROOP_WORDS.search(sentence) is not None
        or _MEMBERS.search(sentence) is not None
        or (_STRONG_FORCE.search(sentence) is not None)
    )
