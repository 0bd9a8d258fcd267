# Every target bootstraps its own virtualenv (.venv) on first use, so a fresh clone needs only `make demo`
# or `make test`. PYTHON picks the interpreter that builds the venv (>= 3.11).
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: install generate api-md check-generated check-api-md lint typecheck pytest test demo bench bench-incumbent mock clean

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

generate: $(STAMP)
	$(PY) scripts/generate.py
	$(PY) scripts/api_md.py

# api.md: every namespace and method with its parameters and return type, read from the SDK.
api-md: $(STAMP)
	$(PY) scripts/api_md.py

check-api-md: $(STAMP)
	$(PY) scripts/api_md.py --check

check-generated: $(STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PY) scripts/generate.py --out "$$tmp/imbrace_generated" && \
	find "$$tmp" -name __pycache__ -prune -exec rm -rf {} + && \
	diff -r -x __pycache__ "$$tmp/imbrace_generated" imbrace_generated && \
	echo "imbrace_generated/ matches a fresh generation"

lint: $(STAMP)
	$(VENV)/bin/ruff check imbrace tests scripts examples benchmarks
	$(VENV)/bin/ruff format --check imbrace tests scripts examples benchmarks

# pyright --verifytypes scores the share of imbrace's public symbols whose types a user's checker sees as
# known. The build fails below VERIFYTYPES_MIN (percent): every public symbol must be typed.
# pyright finds the installed package through the `python` on PATH, hence the venv's bin first.
VERIFYTYPES_MIN ?= 100
typecheck: $(STAMP)
	$(VENV)/bin/mypy
	PATH="$(CURDIR)/$(VENV)/bin:$$PATH" $(VENV)/bin/pyright --verifytypes imbrace --ignoreexternal --outputjson \
	| $(PY) -c 'import json, sys; score = 100 * json.load(sys.stdin)["typeCompleteness"]["completenessScore"]; \
	print(f"pyright --verifytypes imbrace: {score:.1f}% of public symbols typed (minimum $(VERIFYTYPES_MIN)%)"); \
	sys.exit(score < $(VERIFYTYPES_MIN))'

# -n auto: one xdist worker per core (PYTEST_WORKERS=0 runs in this process, serially).
PYTEST_WORKERS ?= auto
pytest: $(STAMP)
	$(PY) -m pytest -q -n $(PYTEST_WORKERS) $(PYTEST_ARGS)

test: check-generated check-api-md lint typecheck pytest

demo: $(STAMP)
	$(PY) examples/full_flow_guide.py

bench: $(STAMP)
	$(PY) benchmarks/run.py $(BENCH_ARGS)

# The same suite with the incumbent (imbrace 1.3.1 from PyPI, in a venv of its own) as a third column.
INCUMBENT_VENV := .venv-incumbent
bench-incumbent: $(STAMP)
	test -x $(INCUMBENT_VENV)/bin/python || $(PYTHON) -m venv $(INCUMBENT_VENV)
	$(INCUMBENT_VENV)/bin/python -m pip install -q 'imbrace==1.3.1'
	BENCH_INCUMBENT_PYTHON=$(CURDIR)/$(INCUMBENT_VENV)/bin/python $(PY) benchmarks/run.py $(BENCH_ARGS)

# The incumbent's documented calls (scripts/incumbent_calls.py, run by the incumbent's own interpreter)
# against a fresh mock: one row per call, ok / incumbent bug / FAIL. Not part of `make test` (it needs
# imbrace==1.3.1 from PyPI).
.PHONY: incumbent-check
incumbent-check: $(STAMP)
	test -x $(INCUMBENT_VENV)/bin/python || $(PYTHON) -m venv $(INCUMBENT_VENV)
	$(INCUMBENT_VENV)/bin/python -m pip install -q 'imbrace==1.3.1'
	@port=$$($(PY) -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'); \
	$(PY) -m imbrace.testing --port $$port --delta-delay-ms 1 >/dev/null 2>&1 & mock=$$!; \
	trap 'kill $$mock' EXIT; \
	$(INCUMBENT_VENV)/bin/python scripts/incumbent_calls.py --base-url http://127.0.0.1:$$port --wait 30 $(INCUMBENT_ARGS)

mock: $(STAMP)
	$(PY) -m imbrace.testing --port 8765

clean:
	rm -rf $(VENV) $(INCUMBENT_VENV) .mypy_cache .ruff_cache
