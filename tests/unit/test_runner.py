from __future__ import annotations

import socket
import time

from services.common.runner import broker_reachable


def test_unreachable_broker_is_reported_not_raised() -> None:
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    started = time.monotonic()
    assert broker_reachable(f"127.0.0.1:{port}", wait_s=1.0) is False
    assert time.monotonic() - started < 15
