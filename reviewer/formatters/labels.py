"""Chinese labels shared by the human-readable formats."""

SEVERITY_LABELS = {"high": "高", "medium": "中", "low": "低", "info": "提示"}
TYPE_LABELS = {"factory": "绿色工厂", "park": "绿色工业园区", "supply_chain": "绿色供应链管理企业"}
KIND_LABELS = {"self": "自评价报告", "third_party": "第三方评价报告"}
RISK_LABELS = {"high": "高风险", "medium": "中风险", "low": "低风险"}


def quote_for_display(quote: str) -> str:
    return quote.replace("\t", " │ ").replace("\n", " ⏎ ")


def location(ev) -> str:
    return f"第{ev.page}页" + (f"（{ev.section}）" if ev.section else "")

COVERAGE_LABELS = {"covered": "已覆盖", "weak": "薄弱", "missing": "缺失"}
