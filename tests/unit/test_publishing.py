from __future__ import annotations

import json

from services.cli.publishing import jsonl_records, looks_like_jsonl, text_record


def test_jsonl_lines_are_sent_as_they_are_keyed_by_id() -> None:
    records = list(jsonl_records([b'{"id": "a", "body": "x"}\n', b"\n", b"not json\n"]))
    assert [r.key for r in records] == [b"a", None]
    assert records[1].value == b"not json"


def test_text_record_builds_an_article(tmp_path) -> None:
    record = text_record("  Body text.\n", title="T", lang="fr", url="https://e.org/x")
    data = json.loads(record.value)
    assert data == {"title": "T", "lang": "fr", "url": "https://e.org/x", "body": "Body text."}


def test_format_sniffing(tmp_path) -> None:
    (tmp_path / "a.txt").write_text('{"body": "x"}')
    (tmp_path / "b.txt").write_text("Les soldats")
    assert looks_like_jsonl(tmp_path / "a.txt")
    assert not looks_like_jsonl(tmp_path / "b.txt")
