import json

from schemas.models import Article
from services.extractor.engine import detect_language
from services.extractor.engine.offline import LineError, iter_articles


def test_detect_language() -> None:
    assert detect_language("Le gouvernement a annoncé l’envoi de soldats supplémentaires en Estonie.") == "fr"
    assert detect_language("The government announced it would send more soldiers to Estonia.") == "en"
    assert detect_language("Die Regierung kündigte an, weitere Soldaten nach Estland zu schicken.") is None
    assert detect_language("   ") is None


def test_iter_articles_fills_defaults_and_reports_bad_lines() -> None:
    lines = [
        json.dumps({"id": "a1", "title": "T", "body": "Norway will send 300 soldiers to Latvia."}),
        "not json",
        "",
        json.dumps({"id": "a2", "body": "Die Regierung kündigte an, weitere Soldaten nach Estland zu schicken."}),
        json.dumps({"id": "a3", "body": "x", "lang": "fr", "published_at": "2022-02-02", "source": "s"}),
    ]
    items = list(iter_articles(lines))
    assert isinstance(items[0], Article) and items[0].lang == "en" and items[0].source == "offline"
    assert len(items[0].content_hash) == 64
    assert isinstance(items[1], LineError) and items[1].line == 2
    assert isinstance(items[2], LineError) and items[2].line == 4
    assert isinstance(items[3], Article) and str(items[3].published_at) == "2022-02-02"
