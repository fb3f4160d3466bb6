"""The report date's fallback to a commitment's signing date takes no date from a period of work (session thirteen,
generalised from blind style br): "于2025年04月04日至2025年04月06日……经陪同人员签字确认" names 签字 but dates
the site visit, so a month-only cover ("2025年4月") stays the report date."""

from __future__ import annotations

from datetime import date

from tests.minireport import build
from tests.rules.test_phrasings import SERVICE

_COVER = "绿色工厂第三方评价报告\n评价机构：厦门中衡绿色认证有限公司\n2025年4月\n---page---\n# 目录\n一、评价工作开展情况\n---page---\n---page---\n"


def test_a_signed_period_of_work_is_no_signing_date():
    text = _COVER + "# 一、评价工作开展情况\n绿色审计组于2025年04月04日至2025年04月06日，实地核查历时3日，核查中形成询问笔录及现场照片，经该户企业陪同人员签字确认。\n"
    facts = SERVICE.facts(build(text))
    assert facts.report_date is not None and facts.report_date.value == date(2025, 4, 1) and facts.report_date.label == "cover"


def test_a_signing_line_still_dates_the_report():
    text = _COVER + "# 第三方机构承诺\n本机构承诺评价报告真实、客观、公正。\n法定代表人签字：王建华\n2025年4月22日\n"
    facts = SERVICE.facts(build(text))
    assert facts.report_date is not None and facts.report_date.value == date(2025, 4, 22)


def test_the_start_of_a_period_is_no_signing_date():
    # session eighteen (blind style dd): "自2026年03月01日起……缺签字的文件退回补正" dates when document review began
    text = _COVER + "# 一、评价工作开展情况\n自2025年04月01日起，检查员对受检查企业的送审文件逐页审阅，复印件与原件比对后签注“与原件一致”，缺页、缺签字的文件退回补正。\n"
    facts = SERVICE.facts(build(text))
    assert facts.report_date is not None and facts.report_date.label == "cover" and facts.report_date.value == date(2025, 4, 1)
    assert not facts.report_date.day_known
