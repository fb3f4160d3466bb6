"""Art. 21 bans and the annual cap on date boundaries; agency table."""

from __future__ import annotations

from datetime import date

import pytest

from reviewer.corpus import Store
from reviewer.corpus.agencies import active_ban, add_alias, agency_table, ban, bans, unban
from reviewer.corpus.agency_digits import digit_test
from reviewer.corpus.reuse import ingest_document
from reviewer.errors import InputError, NotFound
from reviewer.service import ReviewService
from reviewer.settings import Settings
from tests.minireport import build
from tests.rules.cases import base_markup

AGENCY = "厦门中衡绿色认证有限公司"
BASE = base_markup("factory_tp_2026")  # report date 2026-03-20, legal representative 王建华


def _review(store, markup, code, **corpus_settings):
    s = Settings(home=str(store.home))
    for k, v in corpus_settings.items():
        setattr(s.corpus, k, v)
    return [f for f in ReviewService(s, corpus=store).review_document(build(markup), only=[code]).findings
            if f.code == code]


def _dated(day: date) -> str:
    cn = "〇一二三四五六七八九"
    y = "".join(cn[int(c)] for c in str(day.year))
    num = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二"]

    def cn_day(d):
        return {10: "十", 20: "二十", 30: "三十"}.get(d) or (("二十" if d > 20 else "十" if d > 10 else "") + num[d % 10]
                                                            if d > 10 else num[d])
    return (BASE.replace("二〇二六年三月二十日", f"{y}年{num[day.month]}月{cn_day(day.day)}日")
            .replace("2026年3月20日", f"{day.year}年{day.month}月{day.day}日"))


@pytest.mark.parametrize("decided,banned", [
    (date(2023, 3, 21), True),   # report on the last day of the three years
    (date(2023, 3, 20), False),  # three years have passed on the report date
    (date(2026, 3, 20), True),   # decided on the report date
    (date(2026, 3, 21), False),  # decided the day after
])
def test_ban_window_boundaries(tmp_path, decided, banned):
    store = Store(tmp_path)
    b = ban(store, AGENCY, decided.isoformat(), "出具的报告弄虚作假", years=3)
    assert b["end_date"] == decided.replace(year=decided.year + 3).isoformat()
    assert bool(active_ban(store, AGENCY, date(2026, 3, 20))) is banned
    hits = _review(store, BASE, "AGENCY.BANNED")
    assert bool(hits) is banned
    if banned:
        assert hits[0].severity == "high" and AGENCY in hits[0].evidence[0].quote


def test_ban_day_before_and_after_three_years(tmp_path):
    store = Store(tmp_path)
    ban(store, AGENCY, "2023-05-10", "故意隐瞒评价对象问题")
    assert active_ban(store, AGENCY, date(2026, 5, 9))
    assert not active_ban(store, AGENCY, date(2026, 5, 10))
    assert not active_ban(store, AGENCY, date(2023, 5, 9))
    assert _review(store, _dated(date(2026, 5, 9)), "AGENCY.BANNED")
    assert not _review(store, _dated(date(2026, 5, 11)), "AGENCY.BANNED")


def test_leap_day_ban_and_alias_and_unban(tmp_path):
    store = Store(tmp_path)
    assert ban(store, "某某认证有限公司", "2024-02-29", "弄虚作假")["end_date"] == "2027-02-28"
    add_alias(store, AGENCY, "中衡认证")
    ban(store, "中衡认证", "2025-01-01", "弄虚作假", years=3)
    assert active_ban(store, AGENCY, date(2026, 3, 20))  # alias resolves to the registry name
    assert unban(store, AGENCY, actor="张三", note="复议撤销") == 1
    assert not active_ban(store, AGENCY, date(2026, 3, 20))
    assert any(b["lifted_by"] == "张三" for b in bans(store))
    actions = [r[0] for r in store.db.execute("SELECT action FROM audit ORDER BY id")]
    assert actions.count("agency.ban") == 2 and "agency.unban" in actions and "agency.alias" in actions
    with pytest.raises(NotFound):
        unban(store, AGENCY, actor="张三")


def test_ban_rejects_bad_input(tmp_path):
    store = Store(tmp_path)
    with pytest.raises(InputError):
        ban(store, AGENCY, "2026/03/20", "x")
    with pytest.raises(InputError):
        ban(store, AGENCY, "2026-03-20", " ")
    assert bans(store) == []


def _stock(store, n: int, year: int = 2026):
    svc = ReviewService(Settings(home=str(store.home)))
    for i in range(1, n + 1):
        m = (BASE.replace("厦门绿源电子科技有限公司", f"厦门测试{i}号电子有限公司")
             .replace("91350211MA2Y3K5L16", f"91350211MA2Y3K{i:04d}"))
        if year != 2026:
            m = m.replace("二〇二六年三月二十日", "二〇二五年三月二十日").replace("2026年3月20日", "2025年3月20日")
        doc = build(m)
        ingest_document(store, m.encode(), doc, svc.facts(doc))


def test_cap_15_is_fine_16_exceeds(tmp_path):
    store = Store(tmp_path)
    _stock(store, 14)
    assert not _review(store, BASE, "AGENCY.CAP_EXCEEDED")  # 14 + this one = 15
    _stock(store, 15)  # the 15th other project
    hits = _review(store, BASE, "AGENCY.CAP_EXCEEDED")  # 16
    assert hits and "16" in hits[0].message and "王建华" in hits[0].evidence[0].quote
    # the same report already in the corpus counts once
    doc = build(BASE)
    ingest_document(store, BASE.encode(), doc, ReviewService(Settings(home=str(tmp_path))).facts(doc))
    assert "16" in _review(store, BASE, "AGENCY.CAP_EXCEEDED")[0].message
    row = next(r for r in agency_table(store, 2026) if r["agency"] == AGENCY)
    assert row["cap_exceeded"] == {"2026": 16} and row["reports"] == 16


def test_cap_counts_per_year(tmp_path):
    store = Store(tmp_path)
    _stock(store, 20, year=2025)
    assert not _review(store, BASE, "AGENCY.CAP_EXCEEDED")


def test_digit_test_thresholds():
    benford_like = [301, 176, 125, 97, 79, 67, 58, 51, 46]
    ok = digit_test(benford_like, [100] * 10, 300, 30)
    assert ok["result"] == "pass" and ok["benford"] == "close"
    skew = digit_test([20, 20, 20, 20, 200, 200, 200, 200, 100], [50, 0, 0, 0, 0, 900, 0, 0, 0, 50], 900, 600)
    assert skew["result"] == "fail" and set(skew["failed"]) == {"benford", "last_digit", "round"}
    assert digit_test([5] * 9, [5] * 10, 10, 1)["result"] == "n/a"


def test_digit_habits_shared_by_all_agencies_do_not_count():
    # every agency ends its figures in 0 or 5 twice as often: a common habit, not one agency's anomaly
    last = [200, 50, 50, 50, 50, 200, 50, 50, 50, 50]
    alone = digit_test([301, 176, 125, 97, 79, 67, 58, 51, 46], last, 300, 30)
    assert "last_digit" in alone["failed"]
    with_peers = digit_test([301, 176, 125, 97, 79, 67, 58, 51, 46], last, 300, 30,
                            baseline=[3010, 1760, 1250, 970, 790, 670, 580, 510, 460],
                            baseline_last=[x * 10 for x in last], baseline_round=(3000, 300))
    assert with_peers["result"] == "pass"


def test_cached_digit_totals_follow_additions_and_deletions(tmp_path):
    """The corpus-wide digit sums are kept up to date incrementally during a batch and summed
    again after a deletion: always equal to a fresh sum."""
    from reviewer.corpus.agency_digits import _ALL_THIRD_PARTY, _all_digit_sums, _digit_sums

    store = Store(tmp_path)
    fresh = lambda: _digit_sums(store, _ALL_THIRD_PARTY)  # noqa: E731
    _stock(store, 2)
    assert _all_digit_sums(store) == fresh() and fresh()[4] > 0
    _stock(store, 3, year=2025)  # added after the cache was filled
    assert _all_digit_sums(store) == fresh()
    newest = store.db.execute("SELECT id FROM reports ORDER BY rowid DESC LIMIT 1").fetchone()[0]
    store.delete_report(newest)
    assert _all_digit_sums(store) == fresh()
    before = store.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0]
    _stock(store, 4, year=2025)  # the deleted one again, and a fourth
    assert store.db.execute("SELECT COUNT(*) FROM reports").fetchone()[0] == before + 2
    assert _all_digit_sums(store) == fresh()
