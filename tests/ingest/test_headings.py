"""Numbered heading lines vs numbered body text that wraps onto the next line."""

import pytest

from reviewer.ingest.headings import split_heading


@pytest.mark.parametrize("line,expected", [
    ("一、基本情况", ("一、", "基本情况")),
    ("（1）评价范围", ("（1）", "评价范围")),
    ("1.2 能源低碳化", ("1.2", "能源低碳化")),
    # a numbered paragraph whose first line ends mid-sentence is body text, whatever its length
    ("（1）从基本要求来看，该企业依法设立、合规经营，近三年没有发生较大及以上安全、", None),
    ("（2）企业近三年能源消费情况如下，", None),
    ("（1）从基本要求来看，申报单位依法设立、合规经营，近三年没有发生较大及以上安", None),
    ("（三）能源低碳化，资源高效化", ("（三）", "能源低碳化，资源高效化")),
    ("2. 经核查，企业未发生事故。", None),
    ("3 台", None),
])
def test_split_heading(line, expected):
    assert split_heading(line) == expected


@pytest.mark.parametrize("line", [
    "（3）审核组核查了活动数据、排放因子来源及计算过程：外购电力间接排放采用2022",  # cut mid-figure (slice am, PDF)
    "（5）用地指标被按不动产权证及总平面图复核：用地34,810 m²、计容建筑面积",      # figures after a colon
])
def test_wrapped_numbered_sentence_is_no_heading(line):
    assert split_heading(line) is None


def test_short_numbered_title_with_a_colon_stays_a_heading():
    assert split_heading("（三）评价依据：") == ("（三）", "评价依据：")
