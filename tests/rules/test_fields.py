"""Basic-information fields read from "label：value" text (reviewer/structure/fields.py)."""

from __future__ import annotations

from reviewer.document import Block, BlockKind, Document
from reviewer.structure.fields import LabelIndex, extract_fields

INDEX = LabelIndex.build({"主要亮点": "highlights", "工厂名称": "entity_name", "统一社会信用代码": "uscc"})


def _fields(text: str) -> dict[str, str]:
    doc = Document(source="t.pdf", sha256="0", format="pdf", pages=1, blocks=[Block(0, BlockKind.PARAGRAPH, text, 1)])
    found, _empty = extract_fields(doc, INDEX)
    return {k: v[0].value for k, v in found.items()}


def test_value_ends_at_a_label_after_a_full_stop():
    # a PDF joined the highlights paragraph with the next one, which opens with its own "label："
    got = _fields("主要亮点：屋顶光伏1.19MW；固废综合利用率93.9%，记录齐备可随时调阅。工厂速写（snapshot）：某公司，统一社会信用代码见下。")
    assert got["highlights"] == "屋顶光伏1.19MW；固废综合利用率93.9%，记录齐备可随时调阅"  # the closing 。 is trimmed


def test_value_keeps_its_own_sentences():
    got = _fields("主要亮点：屋顶光伏1.19MW。固废综合利用率93.9%。")
    assert got["highlights"] == "屋顶光伏1.19MW。固废综合利用率93.9%"


def test_spaced_labels_still_split():
    got = _fields("工厂名称：厦门绿源电子科技有限公司  统一社会信用代码：91350200MA2XXXXX1X")
    assert got["entity_name"] == "厦门绿源电子科技有限公司" and got["uscc"].startswith("91350200")
