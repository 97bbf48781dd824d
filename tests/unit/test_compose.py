"""docker-compose.yml and deploy/Dockerfile, checked against the code (no Docker needed).

There is no Docker engine where the tests run, so these checks are what keeps the compose setup
honest: every TROOPWATCH_* variable it sets is a real setting of that service and lands with the
intended value, published ports are the settings' web ports, the broker the services are given
is the broker's internal listener, the commands are real CLI commands, mounted files exist, and
the image installs the locked dependencies and runs the `troopwatch` console script.
"""

from __future__ import annotations

import importlib
import os
import shlex
import tomllib
from pathlib import Path
from typing import Any

import pytest
import typer.main
import yaml
from pydantic import ValidationError

from services.aggregator.settings import AggregatorSettings
from services.cli.main import Service
from services.cli.main import app as cli_app
from services.common.settings import ServiceSettings
from services.extractor.settings import ExtractorSettings
from services.ingestor.settings import IngestorSettings

REPO = Path(__file__).resolve().parents[2]
COMPOSE_FILE = REPO / "docker-compose.yml"
DOCKERFILE = REPO / "deploy" / "Dockerfile"
DOCKERIGNORE = REPO / ".dockerignore"
PYPROJECT = REPO / "pyproject.toml"

SETTINGS: dict[str, type[ServiceSettings]] = {
    "ingestor": IngestorSettings,
    "extractor": ExtractorSettings,
    "aggregator": AggregatorSettings,
}
STATE_DIR = "/var/lib/troopwatch"
# Written by another engineer at the same time as this file: skip their mounts while absent.
BEING_WRITTEN = ("deploy/prometheus/", "deploy/grafana/")


# --- helpers -----------------------------------------------------------------------------------


def load_compose() -> dict[str, Any]:
    return yaml.safe_load(COMPOSE_FILE.read_text(encoding="utf-8"))


COMPOSE = load_compose()
SERVICES: dict[str, dict[str, Any]] = COMPOSE["services"]


def env_of(service: dict[str, Any]) -> dict[str, str]:
    """A compose `environment` (mapping or list form) as strings, the way the container sees it."""
    raw = service.get("environment") or {}
    if isinstance(raw, list):
        pairs = (item.split("=", 1) for item in raw)
        return {key: value for key, value in pairs}
    return {key: "" if value is None else _str(value) for key, value in raw.items()}


def _str(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def command_of(service: dict[str, Any]) -> list[str]:
    command = service.get("command")
    if command is None:
        return []
    return shlex.split(command) if isinstance(command, str) else [str(part) for part in command]


def published_ports(service: dict[str, Any]) -> list[tuple[int, int]]:
    """(host, container) pairs of a service's `ports` (short "H:C", "IP:H:C" or long form)."""
    out = []
    for entry in service.get("ports", []):
        if isinstance(entry, dict):
            out.append((int(entry["published"]), int(entry["target"])))
            continue
        parts = str(entry).split("/")[0].split(":")
        assert len(parts) >= 2, f"port {entry!r} is not published on a fixed host port"
        out.append((int(parts[-2]), int(parts[-1])))
    return out


def reads_env(cls: type[ServiceSettings], name: str, monkeypatch: pytest.MonkeyPatch) -> bool:
    """Whether `cls` reads the environment variable `name`, asked of pydantic-settings itself:
    two different values of the variable alone give different settings, or one is refused."""
    try:
        first = settings_from_env(cls, {name: "12345"}, monkeypatch).model_dump()
        second = settings_from_env(cls, {name: "54321"}, monkeypatch).model_dump()
    except ValidationError:  # e.g. a Literal field: the value was read, and refused
        return True
    return first != second


def settings_from_env(cls: type[ServiceSettings], env: dict[str, str], monkeypatch: pytest.MonkeyPatch):
    """Instantiate `cls` the way the container does: from exactly `env` (the test run's own
    TROOPWATCH_* variables, e.g. the broker of `make test`, removed first)."""
    for key in list(os.environ):
        if key.upper().startswith("TROOPWATCH_"):
            monkeypatch.delenv(key)
    for key, value in env.items():
        monkeypatch.setenv(key, value)
    return cls()


def bind_mounts(service: dict[str, Any]) -> list[tuple[str, str]]:
    """(source relative to the repo, container target) of a service's bind mounts."""
    out = []
    for volume in service.get("volumes", []):
        if isinstance(volume, dict):
            if volume.get("type") == "bind":
                out.append((str(volume["source"]), str(volume["target"])))
            continue
        source, target = str(volume).split(":")[:2]
        if source.startswith((".", "/")):
            out.append((source, target))
    return out


def named_volumes(service: dict[str, Any]) -> dict[str, str]:
    """container target -> named volume of a service."""
    out = {}
    for volume in service.get("volumes", []):
        if isinstance(volume, dict):
            if volume.get("type") == "volume":
                out[str(volume["target"])] = str(volume["source"])
            continue
        source, target = str(volume).split(":")[:2]
        if not source.startswith((".", "/")):
            out[target] = source
    return out


def listeners(spec: str) -> dict[str, tuple[str, int]]:
    """'NAME://host:port,...' -> {NAME: (host, port)}."""
    out = {}
    for item in spec.split(","):
        name, address = item.strip().split("://", 1)
        host, port = address.rsplit(":", 1)
        out[name] = (host, int(port))
    return out


def dockerfile_instructions() -> list[tuple[str, str]]:
    """(INSTRUCTION, arguments) with line continuations joined and comments dropped."""
    out: list[tuple[str, str]] = []
    pending = ""
    for line in DOCKERFILE.read_text(encoding="utf-8").splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if stripped.endswith("\\"):
            pending += stripped[:-1] + " "
            continue
        full = pending + stripped
        pending = ""
        instruction, _, args = full.partition(" ")
        out.append((instruction.upper(), args.strip()))
    assert not pending, "Dockerfile ends inside a line continuation"
    return out


def exec_form(args: str) -> list[str]:
    value = yaml.safe_load(args)  # a JSON array is valid YAML
    assert isinstance(value, list), f"not exec form (JSON array): {args}"
    return [str(part) for part in value]


def dockerfile_env() -> dict[str, str]:
    env: dict[str, str] = {}
    for instruction, args in dockerfile_instructions():
        if instruction == "ENV":
            for token in shlex.split(args):
                key, sep, value = token.partition("=")
                assert sep, f"use ENV key=value, not the legacy form: {args}"
                env[key] = value
    return env


def pyproject() -> dict[str, Any]:
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))


def troopwatch_build(service: dict[str, Any]) -> str | None:
    build = service.get("build")
    if isinstance(build, str):
        return str(Path(build) / "Dockerfile")
    if isinstance(build, dict):
        return str(Path(build.get("context", ".")) / build.get("dockerfile", "Dockerfile"))
    return None


# --- the helpers themselves can fail -------------------------------------------------------------


def test_reads_env_asks_pydantic_settings(monkeypatch: pytest.MonkeyPatch) -> None:
    assert reads_env(IngestorSettings, "TROOPWATCH_BROKER", monkeypatch)
    assert reads_env(IngestorSettings, "TROOPWATCH_LOG_FORMAT", monkeypatch)
    assert reads_env(IngestorSettings, "TROOPWATCH_INGESTOR_WEB_PORT", monkeypatch)
    assert not reads_env(IngestorSettings, "TROOPWATCH_EXTRACTOR_WEB_PORT", monkeypatch)
    assert not reads_env(IngestorSettings, "TROOPWATCH_BROKR", monkeypatch)
    assert not reads_env(IngestorSettings, "TROOPWATCH_AGGREGATOR_WINDOW_DAYS", monkeypatch)
    assert reads_env(AggregatorSettings, "TROOPWATCH_AGGREGATOR_WINDOW_DAYS", monkeypatch)


# --- the three services --------------------------------------------------------------------------


def test_compose_has_every_service() -> None:
    expected = {"kafka", "topics", "ingestor", "extractor", "aggregator", "prometheus", "grafana"}
    assert expected <= set(SERVICES), f"missing: {sorted(expected - set(SERVICES))}"
    assert set(SETTINGS) == {member.value for member in Service}, "the CLI runs other services than compose"


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_service_env_names_are_settings_fields(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    env = env_of(SERVICES[name])
    assert env, f"{name} has no environment"
    unknown = sorted(key for key in env if not reads_env(SETTINGS[name], key, monkeypatch))
    assert not unknown, f"{name}: not settings of {SETTINGS[name].__name__} (silently ignored): {unknown}"


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_service_env_values_land_in_settings(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    env = env_of(SERVICES[name])
    settings = settings_from_env(SETTINGS[name], env, monkeypatch)
    assert settings.broker == "kafka://kafka:9092"
    assert settings.bootstrap_servers == "kafka:9092"
    assert settings.web_host == "0.0.0.0", "in a container the web server must listen on every interface"
    assert settings.log_format == "json"
    assert settings.state_dir == Path(STATE_DIR)
    assert settings.topic_prefix == "", "the local run uses no topic prefix"
    # The port the service listens on is its usual one (Prometheus and the README expect it).
    assert settings.web_port == SETTINGS[name].model_fields["web_port"].default


def test_services_share_one_environment() -> None:
    """One anchor: the same common settings everywhere, only the web port differs."""
    port_vars = {f"TROOPWATCH_{name.upper()}_WEB_PORT" for name in SETTINGS}
    common = [
        {key: value for key, value in env_of(SERVICES[name]).items() if key not in port_vars}
        for name in (*sorted(SETTINGS), "topics")
    ]
    assert all(env == common[0] for env in common), common
    assert common[0]["TROOPWATCH_BROKER"] == "kafka://kafka:9092"


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_published_ports_are_the_web_ports(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    service = SERVICES[name]
    settings = settings_from_env(SETTINGS[name], env_of(service), monkeypatch)
    assert published_ports(service) == [(settings.web_port, settings.web_port)]
    health = " ".join(command_of({"command": service["healthcheck"]["test"]}))
    assert "/healthz" in health
    assert str(settings.web_port) in health, f"{name} healthcheck probes another port: {health}"


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_service_command_runs_its_worker(name: str) -> None:
    service = SERVICES[name]
    assert command_of(service) == ["worker", name]
    assert Service(name).value == name  # `troopwatch worker <name>` accepts it
    assert "worker" in typer.main.get_command(cli_app).commands


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_service_waits_for_topics_and_uses_the_image(name: str) -> None:
    service = SERVICES[name]
    assert service["depends_on"]["topics"]["condition"] == "service_completed_successfully"
    assert troopwatch_build(service) == "deploy/Dockerfile"
    assert service["image"] == SERVICES["topics"]["image"]


@pytest.mark.parametrize("name", sorted(SETTINGS))
def test_service_state_is_a_named_volume(name: str) -> None:
    service = SERVICES[name]
    volumes = named_volumes(service)
    assert STATE_DIR in volumes, f"{name}: no named volume at {STATE_DIR}"
    assert volumes[STATE_DIR] in (COMPOSE.get("volumes") or {}), f"volume {volumes[STATE_DIR]} is not declared"
    assert env_of(service)["TROOPWATCH_STATE_DIR"] == STATE_DIR


def test_state_volumes_are_not_shared() -> None:
    owners = [named_volumes(SERVICES[name])[STATE_DIR] for name in sorted(SETTINGS)]
    assert len(set(owners)) == len(owners), owners


# --- kafka and the topics --------------------------------------------------------------------------


KAFKA = SERVICES["kafka"]
KAFKA_ENV = env_of(KAFKA)


def test_kafka_is_a_single_kraft_node() -> None:
    assert KAFKA["image"] == "apache/kafka:4.1.1"
    assert KAFKA_ENV["KAFKA_PROCESS_ROLES"].replace(" ", "").split(",") == ["broker", "controller"]
    node_id = KAFKA_ENV["KAFKA_NODE_ID"]
    controller_names = KAFKA_ENV["KAFKA_CONTROLLER_LISTENER_NAMES"].split(",")
    bound = listeners(KAFKA_ENV["KAFKA_LISTENERS"])
    assert set(controller_names) <= set(bound), "controller listener not bound"
    controller_port = bound[controller_names[0]][1]
    assert KAFKA_ENV["KAFKA_CONTROLLER_QUORUM_VOTERS"] == f"{node_id}@kafka:{controller_port}"
    protocols = dict(item.split(":") for item in KAFKA_ENV["KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"].split(","))
    assert set(bound) <= set(protocols), "a listener without a security protocol"


def test_kafka_never_creates_topics_on_its_own() -> None:
    assert KAFKA_ENV["KAFKA_AUTO_CREATE_TOPICS_ENABLE"].lower() == "false"


def test_kafka_single_node_replication() -> None:
    assert KAFKA_ENV["KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR"] == "1"
    assert KAFKA_ENV["KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR"] == "1"
    assert KAFKA_ENV["KAFKA_TRANSACTION_STATE_LOG_MIN_ISR"] == "1"
    assert KAFKA_ENV["KAFKA_GROUP_INITIAL_REBALANCE_DELAY_MS"] == "0"


def test_kafka_internal_listener_is_the_services_broker(monkeypatch: pytest.MonkeyPatch) -> None:
    settings = settings_from_env(ServiceSettings, env_of(SERVICES["ingestor"]), monkeypatch)
    advertised = listeners(KAFKA_ENV["KAFKA_ADVERTISED_LISTENERS"])
    bound = listeners(KAFKA_ENV["KAFKA_LISTENERS"])
    matching = [name for name, (host, port) in advertised.items() if f"{host}:{port}" == settings.bootstrap_servers]
    assert matching, f"no advertised listener is {settings.bootstrap_servers}: {advertised}"
    internal = matching[0]
    host, port = advertised[internal]
    assert host == "kafka" and "kafka" in SERVICES, "the internal listener must be the compose service name"
    assert bound[internal][1] == port, "the internal listener binds another port than it advertises"
    assert KAFKA_ENV["KAFKA_INTER_BROKER_LISTENER_NAME"] == internal


def test_kafka_external_listener_is_published_on_9092() -> None:
    advertised = listeners(KAFKA_ENV["KAFKA_ADVERTISED_LISTENERS"])
    bound = listeners(KAFKA_ENV["KAFKA_LISTENERS"])
    external = [name for name, (host, port) in advertised.items() if host in ("localhost", "127.0.0.1")]
    assert len(external) == 1, advertised
    assert advertised[external[0]][1] == 9092
    container_port = bound[external[0]][1]
    assert (9092, container_port) in published_ports(KAFKA)
    # The user's default broker (TROOPWATCH_BROKER unset) is that external listener.
    default = ServiceSettings.model_fields["broker"].default.split("://", 1)[1]
    assert default.endswith(":9092")


def test_kafka_has_a_healthcheck() -> None:
    test = command_of({"command": KAFKA["healthcheck"]["test"]})
    assert test and test[0] in ("CMD", "CMD-SHELL")
    assert "kafka:9092" in " ".join(test) or "localhost:9092" in " ".join(test)


def test_topics_service_creates_the_catalogue() -> None:
    topics = SERVICES["topics"]
    assert command_of(topics) == ["topics", "create"]
    cli = typer.main.get_command(cli_app)
    assert "create" in cli.commands["topics"].commands, "`troopwatch topics create` is gone"
    assert topics["depends_on"]["kafka"]["condition"] == "service_healthy"
    assert troopwatch_build(topics) == "deploy/Dockerfile"
    assert env_of(topics)["TROOPWATCH_BROKER"] == "kafka://kafka:9092"
    assert str(topics.get("restart", "no")) == "no", "a one-shot job must not be restarted"


# --- prometheus and grafana --------------------------------------------------------------------------


MOUNTS = [
    ("prometheus", "./deploy/prometheus/prometheus.docker.yml", "/etc/prometheus/prometheus.yml", "file"),
    ("prometheus", "./deploy/prometheus/rules.yml", "/etc/prometheus/rules.yml", "file"),
    ("grafana", "./deploy/grafana/provisioning", "/etc/grafana/provisioning", "dir"),
    ("grafana", "./deploy/grafana/dashboards", "/var/lib/grafana/dashboards", "dir"),
]


@pytest.mark.parametrize(("name", "source", "target", "kind"), MOUNTS)
def test_expected_mounts_are_declared(name: str, source: str, target: str, kind: str) -> None:
    assert (source, target) in [(s, t) for s, t in bind_mounts(SERVICES[name])], bind_mounts(SERVICES[name])


ALL_BIND_MOUNTS = sorted({(name, source) for name, service in SERVICES.items() for source, _ in bind_mounts(service)})


@pytest.mark.parametrize(("name", "source"), ALL_BIND_MOUNTS)
def test_mounted_paths_exist(name: str, source: str) -> None:
    path = (REPO / source).resolve()
    relative = path.relative_to(REPO).as_posix()
    kinds = {s: k for _, s, _, k in MOUNTS}
    if not path.exists() and relative.startswith(BEING_WRITTEN):
        pytest.skip(f"{relative} is not written yet")
    assert path.exists(), f"{name} mounts {source}, which does not exist"
    if kinds.get(source) == "file":
        assert path.is_file(), f"{source} must be a file (Docker would create a directory in its place)"
    elif kinds.get(source) == "dir":
        assert path.is_dir()


def test_prometheus_scrapes_the_compose_services() -> None:
    config_path = REPO / "deploy/prometheus/prometheus.docker.yml"
    if not config_path.exists():
        pytest.skip("deploy/prometheus/prometheus.docker.yml is not written yet")
    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    targets = {
        target
        for job in config.get("scrape_configs", [])
        for static in job.get("static_configs", [])
        for target in static.get("targets", [])
    }
    for name, cls in SETTINGS.items():
        port = cls.model_fields["web_port"].default
        assert f"{name}:{port}" in targets, f"Prometheus does not scrape {name}:{port}: {sorted(targets)}"
    for rule_file in config.get("rule_files", []):
        assert rule_file in ("/etc/prometheus/rules.yml", "rules.yml"), f"rule file not mounted: {rule_file}"
    assert published_ports(SERVICES["prometheus"]) == [(9090, 9090)]


def test_grafana_allows_anonymous_viewers() -> None:
    grafana = SERVICES["grafana"]
    env = env_of(grafana)
    assert env["GF_AUTH_ANONYMOUS_ENABLED"] == "true"
    assert env["GF_AUTH_ANONYMOUS_ORG_ROLE"] == "Viewer"
    assert published_ports(grafana) == [(3000, 3000)]
    assert grafana["image"].split(":")[0] == "grafana/grafana"
    assert SERVICES["prometheus"]["image"].split(":")[0] == "prom/prometheus"


# --- the image -----------------------------------------------------------------------------------


INSTRUCTIONS = dockerfile_instructions()


def _first(instruction: str) -> str:
    matches = [args for name, args in INSTRUCTIONS if name == instruction]
    assert matches, f"no {instruction} in the Dockerfile"
    return matches[-1]


def test_dockerfile_base_matches_the_python_of_the_project() -> None:
    base = _first("FROM")
    assert base == "python:3.11-slim"
    assert ">=3.11" in pyproject()["project"]["requires-python"]


def test_dockerfile_installs_the_project_with_the_lock() -> None:
    index = {i: args for i, (name, args) in enumerate(INSTRUCTIONS) if name == "RUN" and "pip install" in args}
    assert index, "no pip install in the Dockerfile"
    position, run = next(iter(index.items()))
    words = shlex.split(run)
    install = words[words.index("install") :]
    assert "-c" in install and install[install.index("-c") + 1] == "requirements.lock"
    assert "." in install, "the project itself is not installed"
    assert "-e" not in install and "--editable" not in install
    copied = " ".join(args for name, args in INSTRUCTIONS[:position] if name == "COPY")
    for needed in ("pyproject.toml", "requirements.lock", "schemas", "services"):
        assert needed in copied, f"{needed} is not copied before the install"
        assert (REPO / needed).exists()


def test_dockerfile_runs_the_console_script() -> None:
    scripts = pyproject()["project"]["scripts"]
    entrypoint = exec_form(_first("ENTRYPOINT"))
    assert entrypoint == ["troopwatch"]
    assert entrypoint[0] in scripts
    module, _, attribute = scripts[entrypoint[0]].partition(":")
    assert getattr(importlib.import_module(module), attribute) is cli_app, "the script is not the troopwatch CLI"
    assert exec_form(_first("CMD")) == ["worker", "ingestor"]


def test_dockerfile_environment_is_the_container_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    env = dockerfile_env()
    tw_env = {key: value for key, value in env.items() if key.startswith("TROOPWATCH_")}
    unknown = sorted(key for key in tw_env if not reads_env(ServiceSettings, key, monkeypatch))
    assert not unknown, f"Dockerfile sets unknown settings: {sorted(unknown)}"
    settings = settings_from_env(ServiceSettings, tw_env, monkeypatch)
    assert settings.web_host == "0.0.0.0"
    assert settings.log_format == "json"
    assert settings.state_dir == Path(STATE_DIR)
    assert STATE_DIR in exec_form(_first("VOLUME"))


def test_dockerfile_runs_as_a_non_root_user() -> None:
    user = _first("USER").split(":")[0]
    assert user not in ("root", "0", "")
    creates = " ".join(args for name, args in INSTRUCTIONS if name == "RUN")
    assert user in creates, f"user {user} is never created"


def test_dockerignore_keeps_the_context_small_and_complete() -> None:
    patterns = [
        line.strip().rstrip("/")
        for line in DOCKERIGNORE.read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    ]
    for excluded in (".venv", "var", ".git"):
        assert excluded in patterns, f".dockerignore does not exclude {excluded}"
    assert any("__pycache__" in pattern for pattern in patterns)
    for needed in ("pyproject.toml", "requirements.lock", "schemas", "services", "README.md"):
        assert needed not in patterns, f".dockerignore excludes {needed}, which the image needs"
