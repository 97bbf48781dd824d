from __future__ import annotations

import base64
import hashlib

from schemas.topics import DLQ_REASON_HEADER
from services.common.dead_letter import MAX_PAYLOAD_BYTES, build_dead_letter


def test_dead_letter_keeps_the_original_bytes_and_reason() -> None:
    payload = b"\xff\xfe not utf-8 \x00"
    letter, headers = build_dead_letter(
        service="ingestor",
        reason="bad_encoding",
        detail="not UTF-8",
        source_topic="raw",
        payload=payload,
        key=b"k",
        partition=1,
        offset=7,
    )
    assert base64.b64decode(letter.payload_b64) == payload
    assert base64.b64decode(letter.key_b64 or "") == b"k"
    assert headers[DLQ_REASON_HEADER] == b"bad_encoding"
    assert (letter.partition, letter.offset, letter.service) == (1, 7, "ingestor")
    assert "not utf-8" in letter.payload_preview


def test_long_detail_is_cut_in_headers_only() -> None:
    letter, headers = build_dead_letter(
        service="x", reason="invalid", detail="d" * 5000, source_topic="t", payload=b"{}"
    )
    assert len(letter.detail) == 5000
    assert len(headers["troopwatch-detail"]) <= 300


def test_huge_payload_is_cut_but_identified() -> None:
    payload = b"x" * (MAX_PAYLOAD_BYTES * 3)
    letter, _ = build_dead_letter(
        service="ingestor", reason="too_large", detail="big", source_topic="raw", payload=payload, partition=0, offset=3
    )
    assert letter.payload_truncated and letter.payload_bytes == len(payload)
    assert len(base64.b64decode(letter.payload_b64)) == MAX_PAYLOAD_BYTES
    assert letter.payload_sha256 == hashlib.sha256(payload).hexdigest()
    assert len(letter.model_dump_json()) < 900_000  # fits Kafka's default message size


def test_small_payload_is_kept_whole() -> None:
    letter, _ = build_dead_letter(service="x", reason="not_json", detail="d", source_topic="t", payload=b"abc")
    assert not letter.payload_truncated and base64.b64decode(letter.payload_b64) == b"abc"
