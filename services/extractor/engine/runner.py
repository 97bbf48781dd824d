"""Article -> TroopEvents: gate, parse gated sentences once, run the rules, merge, build events."""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from schemas.models import Article, Evidence, TroopEvent

from . import cues
from .events import ACTOR_KINDS, Candidate, find_mentions, sentence_events
from .gate import gate_passes, sentence_passes, split_sentences
from .gazetteer import find_places
from .numbers import find_counts
from .pipeline import get_nlp
from .summary import flag_summaries, merge_repeats

EXTRACTOR_VERSION = "rules-0.1.0"


@dataclass(frozen=True, slots=True)
class ExtractResult:
    events: list[TroopEvent]
    gated_out: bool
    sentences_parsed: int


def event_id(article_id: str, etype: str, actor: str, count: int | None, origin: str | None,
             destinations: list[str] | tuple[str, ...], is_summary: bool) -> str:
    """Deterministic id: same article and event give the same id on re-processing."""
    key = "|".join([article_id, etype, actor, str(count), origin or "", ",".join(sorted(destinations)),
                    "1" if is_summary else "0"])
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _default_actor(title: str) -> str | None:
    """The country a headline is about, used when a sentence names no owner for its troops."""
    for p in find_places(title):
        if p.kind in ACTOR_KINDS and p.codes and not cues.LOCATIVE.search(title[max(0, p.start - 12) : p.start]) \
                and not cues.FROM.search(title[max(0, p.start - 8) : p.start]):
            return p.codes[0]
    return None


def _last_place(text: str) -> str | None:
    """The place the previous sentences talk about: the last one after a locative preposition, else the
    last country named."""
    places = [p for p in find_places(text) if p.kind in ("country", "city") and p.codes]
    for p in reversed(places):
        if cues.LOCATIVE.search(text[max(0, p.start - 24) : p.start]) or re.match(r"\s*,?\s*(?:où|where)\b",
                                                                                  text[p.end :]):
            return p.codes[0]
    return places[-1].codes[0] if places else None


def extract_with_stats(article: Article) -> ExtractResult:
    fields = (("title", article.title), ("body", article.body))
    if not gate_passes(article.title + "\n" + article.body):
        return ExtractResult([], True, 0)
    default = _default_actor(article.title)
    work: list[tuple[str, str, int, str]] = []  # field, sentence, offset, preceding context
    for name, text in fields:
        spans = split_sentences(text)
        for i, (s, e) in enumerate(spans):
            sentence = text[s:e]
            # parse only sentences where a figure is attached to a troop noun (regex, no model)
            if sentence_passes(sentence) and find_counts(sentence, article.lang) and find_mentions(
                sentence, article.lang, find_places(sentence)
            ):
                prev = text[spans[max(0, i - 3)][0] : s]
                if name == "body" and i < 3:
                    prev = article.title + "\n" + prev
                work.append((name, sentence, s, prev))
    if not work:
        return ExtractResult([], False, 0)
    nlp = get_nlp(article.lang)
    docs = list(nlp.pipe([w[1] for w in work]))
    cands: list[Candidate] = []
    for (name, sentence, offset, prev), doc in zip(work, docs, strict=True):
        context = prev.rsplit("\n", 1)[-1] if prev else ""
        last_sentence = split_sentences(context)[-1] if context.strip() else None
        context = context[last_sentence[0] : last_sentence[1]] if last_sentence else ""
        local_default = (_default_actor(context) if context else None) or default
        cands.extend(sentence_events(sentence, offset, name, article.lang, doc, local_default, _last_place(prev),
                                     context))
    cands = flag_summaries(merge_repeats(cands))
    return ExtractResult([_to_event(article, c) for c in cands], False, len(work))


def _to_event(article: Article, c: Candidate) -> TroopEvent:
    is_summary = bool(c.extra.get("is_summary", False))
    dests = list(c.destinations)
    return TroopEvent(
        event_id=event_id(article.id, c.type, c.actor, c.count, c.origin, dests, is_summary),
        article_id=article.id,
        type=c.type,  # type: ignore[arg-type]
        actor=c.actor,
        count=c.count,
        origin=c.origin,
        destinations=dests,
        is_summary=is_summary,
        evidence=Evidence(field=c.field, start=c.start, end=c.end, text=c.text),  # type: ignore[arg-type]
        confidence=c.confidence,
        extractor_version=EXTRACTOR_VERSION,
        published_at=article.published_at,
        lang=article.lang,
        source=article.source,
        article_received_at=article.received_at,
    )


def extract(article: Article) -> list[TroopEvent]:
    """The troop events an article states (empty when it states none)."""
    return extract_with_stats(article).events
