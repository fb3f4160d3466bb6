# greenreview — two commands:  `make run` (set up + review the bundled sample)  and  `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE ?= eval/samples/厦门示例电子有限公司-绿色工厂第三方评价报告.pdf
STAMP := $(VENV)/.installed

.PHONY: run test setup eval bench docs apt-lo clean serve

$(STAMP): requirements.txt requirements-dev-only.txt requirements.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q -U pip
	$(BIN)/pip install -q -r requirements-dev.txt -c requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP)
	HF_HUB_OFFLINE=1 $(BIN)/greenreview review "$(SAMPLE)"
	@echo ""
	@echo "以上为示例报告的审查结果。审查您自己的报告： $(BIN)/greenreview review 您的报告.pdf --format md -o 审查结果.md"
	@echo "Review your own report: $(BIN)/greenreview review YOUR_REPORT.pdf  (JSON: --format json)"

test: $(STAMP)
	HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 $(BIN)/python -m pytest -n 2 -p no:cacheprovider

eval: $(STAMP)
	$(BIN)/python -m eval.run_eval --out eval/results

bench: $(STAMP)
	$(BIN)/python -m eval.bench_ingest

docs: $(STAMP)
	$(BIN)/greenreview rules --format md > docs/rules.md

# Optional: LibreOffice for generating LibreOffice-made PDFs (tests use committed fixtures and do not need it).
apt-lo:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		libreoffice-writer-nogui fonts-wqy-microhei poppler-utils

clean:
	rm -rf $(VENV) build *.egg-info
