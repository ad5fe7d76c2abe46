# The two commands of the README: `make demo` and `make test`. Each makes its own virtual
# environment (.venv) and installs what it needs the first time.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint install clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test]"
	touch $@

install: $(BIN)/.installed

demo: $(BIN)/.installed
	$(BIN)/dyad demo

lint: $(BIN)/.installed
	$(BIN)/ruff check src tests bench

test: lint
	$(BIN)/pytest

clean:
	rm -rf $(VENV) dyad-demo.duckdb dyad.duckdb
