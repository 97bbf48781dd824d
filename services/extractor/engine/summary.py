"""One event per real-world move: merge repeats (title, lead, body) and flag summary counts."""

from __future__ import annotations

from dataclasses import replace
from itertools import combinations

from .events import Candidate

_MAX_PARTS = 4
_ORGS = {"NATO", "EU", "UN"}


def _specificity(c: Candidate) -> tuple[int, int, float]:
    # (a destination guessed from the owner's own name says less than one the text names)
    dests = 0 if c.extra.get("home_guess") else len(c.destinations)
    return (c.origin is not None) + (dests > 0), dests, c.confidence


def _completed(kept: Candidate, other: Candidate) -> Candidate:
    """The kept version of a move with what a repeat states beyond it: an origin it leaves open, or
    destinations that include its own ("to Romania and Estonia" for "to Estonia")."""
    if kept.origin is None and other.origin is not None and other.origin not in kept.destinations:
        kept = replace(kept, origin=other.origin)
    wider = set(other.destinations) > set(kept.destinations)
    if (
        (not kept.destinations or wider)
        and other.destinations
        and (kept.origin is None or kept.origin not in other.destinations)
    ):
        kept = replace(kept, destinations=other.destinations)
    return kept


def _key(c: Candidate) -> tuple:
    """What makes two candidates one move: type, owner and figure ("300 autres" of the same size is another)."""
    key: tuple = (c.type, c.actor, c.count)
    return (*key, "another") if c.extra.get("another") else key


def _roundness(n: int) -> int:
    """The power of ten a figure is a multiple of: 3 for 20,000 and 1,000, 2 for 21,500."""
    k = 0
    while n and n % 10 == 0 and k < 6:
        n //= 10
        k += 1
    return k


def _absorb_rounder(
    best: dict[tuple, Candidate],
    order: list[tuple],
    dropped: set[tuple],
    rounder_field: str,
    unit: int,
    tolerance: float,
    same_origin: bool,
) -> None:
    """A rounder figure in one field (a multiple of `unit`) restating an exact one of the other field, within
    `tolerance` of it, is the same move: the exact version is kept, completed with the rounder one's places."""
    exact = [k for k in order if best[k].field != rounder_field and best[k].count]
    for k in order:
        rounder = best[k]
        if rounder.field != rounder_field or not rounder.count or rounder.count % unit or k in dropped:
            continue
        same = [
            e
            for e in exact
            if e[:2] == k[:2]
            and e not in dropped
            and _roundness(e[2]) < _roundness(k[2])
            and abs(e[2] - k[2]) <= tolerance * e[2]
            and (not same_origin or best[e].origin in (None, rounder.origin))
        ]
        if same:
            kept = best[same[0]]
            best[same[0]] = replace(
                kept, origin=kept.origin or rounder.origin, destinations=kept.destinations or rounder.destinations
            )
            dropped.add(k)


def merge_repeats(cands: list[Candidate]) -> list[Candidate]:
    """Keep the most specific version of each (type, actor, count); null-count events only when no
    counted event of the same type and actor exists."""
    best: dict[tuple[str, str, int | None], Candidate] = {}
    order: list[tuple[str, str, int | None]] = []
    for c in cands:
        key = _key(c)
        if key not in best:
            best[key] = c
            order.append(key)
        elif _specificity(c) > _specificity(best[key]):
            best[key] = c
    # a repeat that states what the kept version leaves open (the headline names the destination, the
    # body the base the troops leave from) completes it
    for c in cands:
        key = _key(c)
        best[key] = _completed(best[key], c)
    # a headline's "82,000 conscripts already in Ukraine" restates the body's "had been sent to Ukraine":
    # one move, not a move and a stock
    moved = {(c.actor, c.count, frozenset(c.destinations)) for c in best.values() if c.type == "deployment"}
    order = [
        k
        for k in order
        if not (
            k[0] == "presence"
            and best[k].extra.get("weak_stock")
            and (best[k].actor, best[k].count, frozenset(best[k].destinations)) in moved
        )
    ]
    # a headline's round figure for the body's exact one ("nearly 12,000" for "about 11,900", "près de 2 000"
    # for "1 960"), and the body's round "more than 20,000" for the headline's exact 21,500: one move
    dropped: set[tuple] = set()
    _absorb_rounder(best, order, dropped, "title", unit=100, tolerance=0.03, same_origin=True)
    _absorb_rounder(best, order, dropped, "body", unit=1000, tolerance=0.1, same_origin=False)
    order = [k for k in order if k not in dropped]
    counted = {(k[0], k[1]) for k in order if k[2] is not None}
    # the same figure with an owner the text names beats a repeat whose owner was only guessed from the
    # headline ("Séisme en Albanie : l'armée mobilise 2 500 soldats, l'Italie envoie ...")
    stated = {(k[0], k[2]): k[1] for k in order if k[2] is not None and best[k].extra.get("actor_stated")}
    return [
        best[k]
        for k in order
        if (k[2] is not None or (k[0], k[1]) not in counted)
        and not (
            k[2] is not None and best[k].extra.get("actor_stated") is False and stated.get((k[0], k[2]), k[1]) != k[1]
        )
    ]


def _adds_up(parts: tuple[int, ...], total: int) -> bool:
    """The parts make the total: exactly, or within 1% when every figure is a round hundred ("about 11,900
    troops ..., about 6,400 home and nearly 5,600 to Italy and Belgium": each figure rounded on its own)."""
    if sum(parts) == total:
        return True
    return all(n % 100 == 0 for n in (*parts, total)) and abs(sum(parts) - total) <= 0.01 * total


def _retype_parts(cands: list[Candidate]) -> list[Candidate]:
    """Stocks that add up to a move of the same owner are that move's parts: "Poland to send 10,000 troops
    to the border: 4,000 will support border guards while 6,000 will be held in reserve" (the parts say what
    the troops will do, which reads as a stock, but the arithmetic ties them to the move)."""
    out = list(cands)
    for c in cands:
        if c.count is None or c.type not in ("deployment", "alert"):
            continue
        stocks = [
            i
            for i, o in enumerate(out)
            if o.type == "presence"
            and o.actor == c.actor
            and o.count is not None
            and o.count < c.count
            # (a stock somewhere the move does not go is a stock: "sends 1,000 to Latvia; has 600 in Lebanon")
            and set(o.destinations) <= set(c.destinations)
        ]
        for size in range(2, min(_MAX_PARTS, len(stocks)) + 1):
            combo = next(
                (
                    combo
                    for combo in combinations(stocks, size)
                    if sum(out[i].count or 0 for i in combo) == c.count
                    # one sentence that splits the move another sentence announced
                    and len({(out[i].field, out[i].start) for i in combo}) == 1
                    and (out[combo[0]].field, out[combo[0]].start) != (c.field, c.start)
                ),
                None,
            )
            if combo is not None:
                for i in combo:
                    part = out[i]
                    out[i] = replace(
                        part,
                        type=c.type,
                        origin=part.origin or c.origin,
                        destinations=part.destinations or c.destinations,
                    )
                break
    return out


def flag_summaries(cands: list[Candidate]) -> list[Candidate]:
    """A count equal to the sum of two or more other counts of the same type and actor is a summary."""
    cands = _retype_parts(cands)
    out = []
    for c in cands:
        is_summary = False
        if c.count is not None:
            # a multinational force's figure sums its contributors' ("EU force of 500: Austria 300,
            # Hungary 200")
            # ... and a withdrawal's the parts that go home and the parts moved on from the same place
            # ("withdraw 11,900 from Germany: 6,400 home, 5,600 to Italy and Belgium")
            others = [
                o.count
                for o in cands
                if o is not c
                and o.count is not None
                and (
                    o.type == c.type
                    or (c.type == "withdrawal" and o.type == "deployment" and c.origin and o.origin == c.origin)
                )
                and (o.actor == c.actor or c.actor in _ORGS)
                and o.count < c.count
            ]
            for size in range(2, min(_MAX_PARTS, len(others)) + 1):
                if any(_adds_up(combo, c.count) for combo in combinations(others, size)):
                    is_summary = True
                    break
            is_summary = is_summary or _split_by_contributors(c, cands)
        out.append(replace(c, extra={**c.extra, "is_summary": is_summary}))
    return out


def _split_by_contributors(c: Candidate, cands: list[Candidate]) -> bool:
    """An alliance's or a mission's force the text then splits by nation is a summary even when not every
    nation's share is given ("NATO will deploy four battalions, about 4,000 troops: the US 1,000, Britain 500,
    Canada 450", as dev annotates France's eastern-flank total): two or more contributors' moves to where the
    force goes, together at least half of it and never more."""
    if c.actor not in _ORGS or c.type != "deployment" or not c.count:
        return False
    parts = [
        o
        for o in cands
        if o.type == "deployment"
        and o.actor not in _ORGS
        and o.count is not None
        and o.count < c.count
        and (not o.destinations or not c.destinations or set(o.destinations) & set(c.destinations))
    ]
    total = sum(o.count or 0 for o in parts)
    return len({o.actor for o in parts}) >= 2 and c.count / 2 <= total <= c.count
