# KIT Desk – `make run` opens the app, `make test` runs the tests. Both set everything up first.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
TS := resources/translations/kitdesk_da.ts
QM := resources/translations/kitdesk_da.qm

.PHONY: run test bench dist selftest translations lupdate constraints clean

# constraints.txt pins every package the app and its tests install (make constraints renews it), so a
# fresh machine, CI and the frozen build get the versions the tests passed with.
$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "KIT Desk needs Python 3.11 (found " + sys.version.split()[0] + ")")'
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e ".[dev]"
	touch $(STAMP)

$(QM): $(TS) $(STAMP)
	$(BIN)/pyside6-lrelease -silent $(TS) -qm $(QM)

translations: $(QM)

run: $(STAMP) $(QM)
	$(BIN)/python -m kitdesk

# Lint and types first (seconds), then the suite; CI runs this target. Bytecode is written even where
# the shell sets PYTHONDONTWRITEBYTECODE: else each worker rewrites every test module's asserts anew
# (~5 s) and each of the ~200 commands the tests start compiles KIT Desk again.
# One worker more than the cores: ~25 s of the suite is waiting (kill -9 runs, the saver's retries,
# windows in subprocesses), which the extra worker fills. On the 2-core CI machine: 3 workers 73–80 s,
# 2 workers 81–83 s, 4 workers 84 s.
WORKERS ?= $(shell $(PYTHON) -c 'import os; print((os.cpu_count() or 1) + 1)')
test: $(STAMP) $(QM)
	$(BIN)/ruff check kitdesk tests
	$(BIN)/mypy
	env -u PYTHONDONTWRITEBYTECODE $(BIN)/python -m pytest -q -n $(WORKERS)

bench: $(STAMP) $(QM)
	$(BIN)/python -m tests.bench.run

# Developers: collect new strings from the code into the .ts (then translate them in Linguist).
lupdate: $(STAMP)
	$(BIN)/python scripts/translations.py update

dist: $(STAMP) $(QM)
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec

selftest: dist
	QT_QPA_PLATFORM=offscreen dist/kitdesk/kitdesk --selftest

# Developers: after changing a dependency in pyproject.toml, pin what was installed.
constraints:
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	$(BIN)/python -m pip freeze --exclude-editable | grep -v '^-e' > constraints.txt

clean:
	rm -rf build dist $(QM)
