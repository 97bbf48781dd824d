"""troopwatch extraction engine: pure functions from `Article` to `TroopEvent`s (no Kafka here)."""

from .extract import EXTRACTOR_VERSION, ExtractResult, event_id, extract, extract_with_stats
from .gate import gate_passes
from .language import detect_language

__all__ = ["EXTRACTOR_VERSION", "ExtractResult", "detect_language", "event_id", "extract", "extract_with_stats",
           "gate_passes"]
