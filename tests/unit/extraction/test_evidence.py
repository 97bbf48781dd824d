import datetime as dt

from services.extractor.engine import EXTRACTOR_VERSION, event_id, extract

from .conftest import make_article


def test_evidence_offsets_point_into_the_field() -> None:
    article = make_article(
        "Markets were calm. Norway will send 300 soldiers to Latvia.", title="Oslo sends troops to Latvia"
    )
    (event,) = extract(article)
    text = getattr(article, event.evidence.field)
    assert text[event.evidence.start : event.evidence.end] == event.evidence.text
    assert "300 soldiers" in event.evidence.text and 0 <= event.confidence <= 1


def test_event_id_is_deterministic_and_distinguishes_events() -> None:
    article = make_article("Norway will send 300 soldiers to Latvia.")
    first, second = extract(article), extract(article)
    assert [e.event_id for e in first] == [e.event_id for e in second]
    assert event_id("a", "deployment", "NO", 300, None, ["LV"], False) != event_id(
        "a", "deployment", "NO", 300, None, ["LT"], False
    )
    assert event_id("a", "deployment", "NO", 300, None, ["LV", "EE"], False) == event_id(
        "a", "deployment", "NO", 300, None, ["EE", "LV"], False
    )


def test_metadata_comes_from_the_article() -> None:
    (event,) = extract(make_article("Norway will send 300 soldiers to Latvia.", article_id="x-9"))
    assert (event.article_id, event.lang, event.source, event.extractor_version) == (
        "x-9",
        "en",
        "test",
        EXTRACTOR_VERSION,
    )
    assert event.published_at == dt.date(2024, 3, 1) and event.article_received_at is not None
