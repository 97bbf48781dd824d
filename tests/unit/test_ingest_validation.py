"""Raw bytes -> Article or a Rejection with a bounded reason; never an exception."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from schemas.models import Article
from services.ingestor.validation import MAX_PAYLOAD_BYTES, Rejection, is_republication, validate_article

NOW = dt.datetime(2022, 2, 2, 12, 0, tzinfo=dt.UTC)


def fixed_lang(lang: str | None):
    return lambda _text: lang


def raw(**fields) -> bytes:
    return json.dumps(fields, ensure_ascii=False).encode()


def test_minimal_article_gets_id_language_dates_and_source() -> None:
    result = validate_article(raw(body="Les soldats partent.", url="https://news.example/a"), NOW, fixed_lang("fr"))
    assert isinstance(result, Article)
    assert result.id.startswith("url-")
    assert result.lang == "fr"
    assert result.published_at == dt.date(2022, 2, 2)
    assert result.source == "news.example"
    assert result.received_at == NOW


def test_id_from_content_is_stable() -> None:
    a = validate_article(raw(title="T", body="Body text."), NOW, fixed_lang("en"))
    b = validate_article(raw(title="T", body="Body text."), NOW + dt.timedelta(hours=1), fixed_lang("en"))
    assert isinstance(a, Article) and isinstance(b, Article)
    assert a.id == b.id and a.id.startswith("sha-")


def test_publisher_fields_are_kept() -> None:
    result = validate_article(
        raw(id="x1", lang="EN-us", published_at="2021-05-04T23:30:00+00:00", title="t", body="b", source="s"),
        NOW,
        fixed_lang(None),
    )
    assert isinstance(result, Article)
    assert (result.id, result.lang, result.published_at, result.source) == ("x1", "en", dt.date(2021, 5, 4), "s")


@pytest.mark.parametrize(
    ("payload", "reason"),
    [
        (b"not json at all", "not_json"),
        (b"[1, 2]", "not_object"),
        (raw(title="  ", body=""), "invalid"),
        (raw(source="no text at all"), "invalid"),
        (raw(body=12), "invalid"),
        (raw(body="   "), "invalid"),
        (raw(body="x", published_at="yesterday"), "invalid"),
        ('{"body": "soldats envoyés"}'.encode("latin-1"), "bad_encoding"),
        (b"\xff\xfe{\x00", "bad_encoding"),
        (raw(body="Die Soldaten", lang="de"), "unsupported_language"),
        (b"{" + b" " * (MAX_PAYLOAD_BYTES + 1) + b"}", "too_large"),
        (raw(body="x" * 200_001), "too_large"),
    ],
)
def test_bad_input_is_rejected_with_reason(payload: bytes, reason: str) -> None:
    result = validate_article(payload, NOW, fixed_lang("en"))
    assert isinstance(result, Rejection)
    assert result.reason == reason
    assert result.detail


def test_headline_only_article_is_valid() -> None:
    result = validate_article(raw(title="US places 8,500 troops on alert"), NOW, fixed_lang("en"))
    assert isinstance(result, Article) and result.body == ""


def test_undetectable_language_is_rejected() -> None:
    result = validate_article(raw(body="Die Soldaten sind abgereist."), NOW, fixed_lang(None))
    assert isinstance(result, Rejection) and result.reason == "unsupported_language"


def test_real_language_detection() -> None:
    fr = validate_article(raw(body="Le gouvernement a décidé d'envoyer des soldats en Roumanie."), NOW)
    en = validate_article(raw(body="The government decided to send soldiers to Romania."), NOW)
    assert isinstance(fr, Article) and fr.lang == "fr"
    assert isinstance(en, Article) and en.lang == "en"


def test_republication_is_same_id_and_same_content() -> None:
    article = validate_article(raw(id="a", body="text"), NOW, fixed_lang("en"))
    changed = validate_article(raw(id="a", body="text, corrected"), NOW, fixed_lang("en"))
    assert isinstance(article, Article) and isinstance(changed, Article)
    assert is_republication(article.content_hash, article)
    assert not is_republication(None, article)
    assert not is_republication(article.content_hash, changed)
