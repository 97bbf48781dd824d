#!/usr/bin/env bash
# Install Prometheus (Debian package `prometheus`: the `prometheus` and `promtool` binaries)
# if it is missing. Idempotent: does nothing when both are on PATH. Needs root and apt-get;
# otherwise says what to do and exits 0, so `make install` still works (the Prometheus test
# then fails with a clear message instead of passing without Prometheus).
# The package's own systemd/init service is irrelevant: troopwatch starts its own Prometheus
# (deploy/prometheus/run.sh, tests/e2e/test_prometheus.py) with its own config, port and storage.
set -euo pipefail

if command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1; then
  echo "prometheus: installed ($(prometheus --version 2>&1 | head -1))"
  exit 0
fi
if [[ "$(id -u)" -ne 0 ]] || ! command -v apt-get >/dev/null 2>&1; then
  echo "prometheus: not installed and cannot install it here (needs root and apt-get)." >&2
  echo "prometheus: install the Debian/Ubuntu package yourself: sudo apt-get install prometheus" >&2
  echo "prometheus: (or any Prometheus >= 2.x with 'prometheus' and 'promtool' on PATH)" >&2
  exit 0
fi
echo "prometheus: installing the Debian package (apt-get)..."
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
# The package may try to start its own service; whether that works or not does not matter here
# (in containers policy-rc.d usually denies it). Recommends (node-exporter) are not needed.
apt-get install -y -qq --no-install-recommends prometheus >/dev/null || {
  command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 || {
    echo "prometheus: apt-get install prometheus failed" >&2
    exit 1
  }
}
command -v prometheus >/dev/null 2>&1 && command -v promtool >/dev/null 2>&1 || {
  echo "prometheus: installed the package but prometheus/promtool are not on PATH" >&2
  exit 1
}
echo "prometheus: installed ($(prometheus --version 2>&1 | head -1))"
# If the package did start its own service (systemd hosts), stop it: it would hold port 9090,
# which `make demo`'s Prometheus (deploy/prometheus/run.sh) uses by default.
if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet prometheus 2>/dev/null; then
  systemctl disable --now prometheus >/dev/null 2>&1 || true
  echo "prometheus: stopped and disabled the package's own service (troopwatch runs its own)"
fi
