"""PDFs whose CJK font is not embedded: on a machine without a CJK font PDFium gives their glyphs flat boxes
and leaves them out of its text runs; such pages are read character by character (reviewer/ingest/pdf.py)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import pypdfium2 as pdfium
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.pdfgen import canvas

from reviewer.ingest.pdf import _char_segments, _rect_segments

LINES = ["一、概述", "受厦门绿源电子科技有限公司委托，依据GB/T 36132-2025开展评价。", "2025年综合能耗1,899.8 tce。"]


def _stsong_pdf(path) -> None:
    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))  # Adobe's CJK font, never embedded
    c = canvas.Canvas(str(path), pagesize=A4)
    for i, line in enumerate(LINES):
        c.setFont("STSong-Light", 11)
        c.drawString(72, 760 - 20 * i, line)
    c.save()


def test_char_segments_read_the_same_lines_as_the_text_runs(tmp_path):
    path = tmp_path / "stsong.pdf"
    _stsong_pdf(path)
    page = pdfium.PdfDocument(str(path))[0]
    tp = page.get_textpage()
    by_char = _char_segments(tp, tp.count_chars())
    assert [s.text for s in by_char] == LINES
    assert all(abs(s.left - 72) < 1 and 8 < s.top - s.bottom < 14 and not s.hidden for s in by_char)
    # where this machine has a substitute font, PDFium's own runs agree on the text and the lines' order
    runs = _rect_segments(tp)
    if runs:
        assert "".join(s.text for s in runs).replace(" ", "") == "".join(LINES).replace(" ", "")


_WITHOUT_FONTS = """
import sys
from pathlib import Path
import pypdfium2 as pdfium
from reviewer.ingest.pdf import _flat_glyphs, parse_pdf
tp = pdfium.PdfDocument(sys.argv[1])[0].get_textpage()
assert _flat_glyphs(tp, tp.count_chars()), "flat glyphs not detected"
doc = parse_pdf(Path(sys.argv[1]).read_bytes(), source="s.pdf", sha256="0", max_pages=10)
print("\\n".join(b.text for b in doc.blocks))
print("WARN", " ".join(doc.warnings))
"""


@pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("unshare"), reason="needs root and unshare to hide the fonts")
def test_a_machine_without_cjk_fonts_still_reads_the_text(tmp_path):
    """The real condition: the system fonts hidden (a private mount namespace with an empty /usr/share/fonts)."""
    path = tmp_path / "stsong.pdf"
    _stsong_pdf(path)
    (tmp_path / "probe.py").write_text(_WITHOUT_FONTS, encoding="utf-8")
    cmd = f"mount -t tmpfs none /usr/share/fonts && {sys.executable} {tmp_path / 'probe.py'} {path}"
    run = subprocess.run(["unshare", "-m", "sh", "-c", cmd], capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[2])
    if "mount" in run.stderr and run.returncode != 0 and "probe" not in run.stderr:
        pytest.skip(f"cannot hide the fonts here: {run.stderr.strip()[:80]}")
    assert run.returncode == 0, run.stderr[-500:]
    for line in LINES:
        assert line in run.stdout
    assert "未嵌入" in run.stdout
