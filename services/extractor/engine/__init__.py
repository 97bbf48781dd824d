"""troopwatch extraction engine: pure functions from `Article` to `TroopEvent`s (no Kafka here)."""

from services.common.language import detect_language

from .gate import gate_passes
from .runner import EXTRACTOR_VERSION, ExtractResult, event_id, extract, extract_with_stats

__all__ = [
    "EXTRACTOR_VERSION",
    "ExtractResult",
    "detect_language",
    "event_id",
    "extract",
    "extract_with_stats",
    "gate_passes",
]
