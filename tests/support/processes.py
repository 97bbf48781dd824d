"""Run troopwatch services as real OS processes for integration and end-to-end tests."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from tests.conftest import REPO_ROOT

PORT_ENV = {
    "ingestor": "TROOPWATCH_INGESTOR_WEB_PORT",
    "extractor": "TROOPWATCH_EXTRACTOR_WEB_PORT",
    "aggregator": "TROOPWATCH_AGGREGATOR_WEB_PORT",
}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class ManagedProcess:
    """A real OS process under test: started, polled until its readiness URL answers, stopped,
    or killed as a crash would."""

    ready_path = "/healthz"

    def __init__(self, name: str, command: list[str], log_path: Path, port: int, env: dict[str, str] | None = None):
        self.name = name
        self.command = command
        self.log_path = log_path
        self.port = port
        self.env = env
        self.process: subprocess.Popen | None = None

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def start(self, timeout_s: float = 90.0):
        with self.log_path.open("ab") as log:
            self.process = subprocess.Popen(self.command, cwd=REPO_ROOT, env=self.env, stdout=log, stderr=log)
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}:\n{self.tail()}")
            try:
                if httpx.get(f"{self.url}{self.ready_path}", timeout=1).status_code == 200:
                    return self
            except httpx.HTTPError:
                pass
            time.sleep(0.3)
        raise RuntimeError(f"{self.name} did not answer within {timeout_s}s:\n{self.tail()}")

    def stop(self, sig: int = signal.SIGTERM, timeout_s: float = 30.0) -> None:
        if not self.process or self.process.poll() is not None:
            return
        self.process.send_signal(sig)
        try:
            self.process.wait(timeout_s)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(10)

    def kill(self) -> None:
        """A crash: no clean shutdown, no final commit."""
        self.stop(signal.SIGKILL)

    def tail(self, lines: int = 40) -> str:
        try:
            return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""


class ServiceProcess(ManagedProcess):
    """One troopwatch service, run as `python -m services.<name>`."""

    def __init__(self, name: str, port: int, log_path: Path, env: dict[str, str]):
        super().__init__(name, [sys.executable, "-m", f"services.{name}"], log_path, port, env)

    def metrics(self) -> str:
        return httpx.get(f"{self.url}/metrics", timeout=5).text


def service_env(prefix: str, state_dir: Path, ports: dict[str, int]) -> dict[str, str]:
    env = dict(os.environ)
    env.update(
        {
            "TROOPWATCH_TOPIC_PREFIX": prefix,
            "TROOPWATCH_APP_ID_PREFIX": prefix.rstrip(".") + "-tw",
            "TROOPWATCH_STATE_DIR": str(state_dir),
            "TROOPWATCH_LOG_FORMAT": "json",
            "PYTHONUNBUFFERED": "1",
        }
    )
    for name, port in ports.items():
        env[PORT_ENV[name]] = str(port)
    return env


class Pipeline:
    """The three services as processes on one isolated topic set."""

    def __init__(self, prefix: str, workdir: Path, names: tuple[str, ...] = ("ingestor", "extractor", "aggregator")):
        self.prefix = prefix
        ports = {name: free_port() for name in names}
        env = service_env(prefix, workdir / "state", ports)
        self.services = {name: ServiceProcess(name, ports[name], workdir / f"{name}.log", env) for name in names}

    def __getitem__(self, name: str) -> ServiceProcess:
        return self.services[name]

    def start(self) -> Pipeline:
        for service in self.services.values():
            service.start()
        return self

    def stop(self) -> None:
        for service in self.services.values():
            service.stop()

    def logs(self) -> str:
        return "\n".join(f"--- {n}\n{s.tail()}" for n, s in self.services.items())
