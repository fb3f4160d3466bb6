# greenreview — two commands:  `make run` (set up + review the bundled sample)  and  `make test`.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
SAMPLE ?= eval/samples/厦门示例电子有限公司-绿色工厂第三方评价报告-送审稿.pdf
STAMP := $(VENV)/.installed

.PHONY: run test setup eval bench bench-api docs apt-lo apt-chromium browser fonts clean serve

$(STAMP): requirements.txt requirements-dev-only.txt requirements.lock pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q -U pip
	$(BIN)/pip install -q -r requirements-dev.txt -c requirements.lock
	$(BIN)/pip install -q --no-deps -e .
	touch $(STAMP)

setup: $(STAMP)

run: $(STAMP) fonts
	HF_HUB_OFFLINE=1 $(BIN)/greenreview review "$(SAMPLE)"
	@echo ""
	@echo "以上为示例报告的审查结果。审查您自己的报告： $(BIN)/greenreview review 您的报告.pdf --format md -o 审查结果.md"
	@echo "Review your own report: $(BIN)/greenreview review YOUR_REPORT.pdf  (JSON: --format json)"
	@echo "网页工作台 / web workbench:  make serve  →  http://127.0.0.1:8000/"

test: $(STAMP) browser
	HF_HUB_OFFLINE=1 TRANSFORMERS_OFFLINE=1 $(BIN)/python -m pytest -n 2 -p no:cacheprovider

# Debian chromium for the browser tests, when this machine can install it (root + apt); otherwise they skip.
browser:
	@if [ -x /usr/bin/chromium ]; then :; elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		$(MAKE) --no-print-directory apt-chromium; else echo "（未安装 chromium，浏览器测试将跳过 / no chromium: browser tests skip）"; fi

eval: $(STAMP) fonts
	$(BIN)/python -m eval.run_eval --out eval/results

# A CJK system font: PDFs whose Chinese font is not embedded are then read from PDFium's own text runs (without
# one, those pages are rebuilt character by character, with a warning). The generated PDFs embed WenQuanYi Micro
# Hei; without it reportlab falls back to the non-embedded STSong-Light, a different kind of PDF from the one every
# published figure was measured on (eval.generate warns).
fonts:
	@if [ -f /usr/share/fonts/truetype/wqy/wqy-microhei.ttc ]; then :; elif [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
		(apt-get update -qq || (sleep 5 && apt-get update -qq)) && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq fonts-wqy-microhei >/dev/null; \
	else echo "（未安装文泉驿微米黑，生成的 PDF 将使用未嵌入的 STSong-Light / fonts-wqy-microhei missing: PDFs fall back to STSong-Light）"; fi

bench: $(STAMP)
	$(BIN)/python -m eval.bench_ingest

# 20 concurrent readers while 4 reviews run, against `greenreview serve` in a second process (p95 <= 200 ms)
bench-api: $(STAMP)
	$(BIN)/python -m eval.bench_api

# The web workbench and API on http://127.0.0.1:8000/ (data in ~/.greenreview or $$GREENREVIEW_HOME).
# First user:  .venv/bin/greenreview user add 管理员 --role admin   (prints the login token once)
serve: $(STAMP) fonts
	HF_HUB_OFFLINE=1 $(BIN)/greenreview serve --host 127.0.0.1 --port 8000

docs: $(STAMP)
	$(BIN)/greenreview rules --format md > docs/rules.md

# Optional: LibreOffice for generating LibreOffice-made PDFs (tests use committed fixtures and do not need it).
apt-lo:
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
		libreoffice-writer-nogui fonts-wqy-microhei poppler-utils

# Browser tests drive Debian's chromium headless (never `playwright install`); CJK font for readable screenshots.
apt-chromium:
	@if [ -x /usr/bin/chromium ]; then echo "chromium: $$(/usr/bin/chromium --version 2>/dev/null | tail -1)"; else \
		(apt-get update -qq || (sleep 5 && apt-get update -qq)) && \
		DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null; fi

clean:
	rm -rf $(VENV) build *.egg-info
