# Two commands do everything on a fresh machine:
#   make run   - create .venv, install, start the app on the built-in demo data
#   make test  - create .venv, install, lint + format check + the whole test suite
PYTHON ?= python3.11
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cat requirements.txt requirements-dev.txt pyproject.toml | cksum | cut -d' ' -f1)
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: setup run test lint catalogues bench clean

$(STAMP): requirements.txt requirements-dev.txt pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	$(PY) -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	rm -f $(VENV)/.installed-*
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	$(PY) -m core.i18n compile
	$(PY) -m app.warm
	$(PY) -m streamlit run app/main.py

lint: $(STAMP)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

# After changing interface text: pybabel extract + update + compile (then translate what is new
# in core/locale/*/LC_MESSAGES/messages.po). The tests fail while the catalogues lag the code.
catalogues: $(STAMP)
	$(PY) -m core.i18n extract update compile

# Two workers, one test file each at a time (module fixtures such as the browser test's server
# stay in one process): about 6 minutes instead of 10 on two cores.
test: lint
	$(PY) -m core.i18n compile
	$(PY) -m pytest -n 2 --dist loadfile

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache artifacts
