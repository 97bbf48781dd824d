"""Dead-letter envelopes: nothing a service cannot process is dropped silently.

Pure: builds the `DeadLetter` message and its headers; the Faust wrapper sends them.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib

from schemas.models import DeadLetter
from schemas.topics import DLQ_DETAIL_HEADER, DLQ_REASON_HEADER, DLQ_SERVICE_HEADER

PREVIEW_CHARS = 500
# Kafka refuses messages over ~1 MB by default and base64 grows bytes by a third: a payload
# larger than this is cut in the letter, which still names where the whole one lies.
MAX_PAYLOAD_BYTES = 256 * 1024
# Kafka headers are small metadata; keep the detail header short, the body has all of it.
HEADER_DETAIL_CHARS = 300


def build_dead_letter(
    *,
    service: str,
    reason: str,
    detail: str,
    source_topic: str,
    payload: bytes | None,
    key: bytes | None = None,
    partition: int | None = None,
    offset: int | None = None,
    now: dt.datetime | None = None,
) -> tuple[DeadLetter, dict[str, bytes]]:
    payload = payload or b""
    kept = payload[:MAX_PAYLOAD_BYTES]
    letter = DeadLetter(
        service=service,
        reason=reason,
        detail=detail,
        source_topic=source_topic,
        partition=partition,
        offset=offset,
        key_b64=base64.b64encode(key).decode("ascii") if key is not None else None,
        payload_b64=base64.b64encode(kept).decode("ascii"),
        payload_bytes=len(payload),
        payload_sha256=hashlib.sha256(payload).hexdigest(),
        payload_truncated=len(kept) < len(payload),
        payload_preview=payload[: PREVIEW_CHARS * 4].decode("utf-8", errors="replace")[:PREVIEW_CHARS],
        failed_at=now or dt.datetime.now(dt.UTC),
    )
    headers = {
        DLQ_REASON_HEADER: reason.encode(),
        DLQ_DETAIL_HEADER: detail[:HEADER_DETAIL_CHARS].encode("utf-8", errors="replace"),
        DLQ_SERVICE_HEADER: service.encode(),
    }
    return letter, headers
