"""Builders: factory (third-party / self), park and supply-chain reports.

All numbers are generated first (``facts``), rounded the way they are
displayed, and every derived value is recomputed from the displayed inputs so a
checker can recompute them exactly (within display rounding).
"""
from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
import math
import random
import string

from . import entities as E
from .model import Heading, PageBreak, Para, Report, Table
from .phrases import (BANKS, CERTS, DED_REASONS_E, ENERGY_NOTE_F, HIGHLIGHT_PARTS_A, HIGHLIGHT_PARTS_B,
                      HIGHLIGHT_PARTS_C, HIGHLIGHT_PARTS_D, HIGHLIGHT_PARTS_E, HIGHLIGHT_PARTS_F, HONORS, PARK_C, PARK_D,
                      PARK_E, PARK_F, SC_C, SC_D, SC_E, SC_F, YEARS_SENT_F)

ELEC_F = 0.1229      # kgce/kWh (当量值)
GAS_F = 1.2143       # kgce/m³
STEAM_F = 0.1286     # kgce/kg  (low-pressure steam, GB/T 2589 annex)
DIESEL_F = 1.4571    # kgce/kg
ELEC_EQ_F = 0.3010   # kgce/kWh (等价值, thermal-power supply coal rate; style e shows it next to 当量值 only)
GAS_CO2 = 2.1622     # kgCO2/m³ natural gas
GRID = {2021: 0.5568, 2022: 0.5366, 2023: 0.5306}
GRID_PUBLISHED = {2021: dt.date(2024, 4, 12), 2022: dt.date(2024, 12, 20), 2023: dt.date(2026, 1, 15)}

FACTORY_LEVEL1 = [("能源低碳化", 30), ("资源高效化", 30), ("生产洁净化", 16), ("产品绿色化", 16), ("用地集约化", 8)]
PARK_LEVEL1 = [("能源利用绿色化", 20), ("资源利用绿色化", 20), ("基础设施绿色化", 15), ("产业绿色化", 15),
               ("生态环境绿色化", 20), ("运行管理绿色化", 10)]
SC_LEVEL1 = [("绿色供应链管理战略", 10), ("绿色供应商管理", 25), ("绿色生产", 25), ("绿色回收", 20),
             ("绿色信息平台建设", 10), ("绿色信息披露", 10)]
THRESHOLD = 60.0

CN_DIGITS = "〇一二三四五六七八九"
CN_NUM = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五"]

NOREG = {"Y1", "Y2", "Y3", "company_short"}

# style-b sub-heading wording (chapter titles stay as the template prescribes)
TITLES_B = {"评价目的": "核查目的", "评价范围": "核查边界与期间", "评价依据": "引用文件", "受评价方基本情况": "受评单位概况",
            "评价组织": "核查组构成", "文件评审": "资料审阅", "现场评价": "现场核查", "报告编写及内部技术复核": "报告编制与复核",
            "否决条件核查": "否决项核查", "基本要求": "基本要求核查", "基础设施": "建（构）筑物与公用设施",
            "管理体系": "管理体系运行", "数据真实性核查": "数据核验", "评分结果": "评分汇总",
            "自评价报告中存在的问题": "自评报告问题说明", "否决条件自查": "否决项自查", "能源资源投入": "能源与资源",
            "产品": "产品生态设计", "环境排放": "污染物排放", "绩效": "综合绩效", "园区概况": "园区基本概况"}

# style-c sub-heading wording
TITLES_C = {"评价目的": "评价目的与任务", "评价范围": "评价对象及边界", "评价依据": "评价依据文件",
            "受评价方基本情况": "受评价单位概况", "评价组织": "评价组组成及分工", "文件评审": "文件审查",
            "现场评价": "现场核查评价", "报告编写及内部技术复核": "报告编制及内部审核", "否决条件核查": "否决性条件核查",
            "基本要求": "基本要求符合性核查", "基础设施": "基础设施建设情况", "管理体系": "管理体系建设与运行",
            "数据真实性核查": "数据真实性核验", "评分结果": "指标评分结果", "自评价报告中存在的问题": "自评价报告问题说明",
            "否决条件自查": "否决性条件自查", "能源资源投入": "能源与资源投入", "产品": "产品绿色设计",
            "环境排放": "环境排放控制", "绩效": "绩效指标", "园区概况": "园区基本情况",
            "资源利用绿色化": "资源利用绿色化情况", "基础设施及生态环境": "基础设施与生态环境",
            "绿色供应链管理战略": "绿色供应链管理战略制定", "绿色供应商管理": "绿色供应商管理情况",
            "绿色信息平台建设与信息披露": "绿色信息平台及信息披露"}

# style-d sub-heading wording (short, internal-memo register)
TITLES_D = {"评价目的": "目的", "评价范围": "范围与边界", "评价依据": "依据", "受评价方基本情况": "企业简况",
            "评价组织": "评价组", "文件评审": "资料审查", "现场评价": "现场检查", "报告编写及内部技术复核": "报告编制与复核",
            "否决条件核查": "否决项核实", "基本要求": "基本要求核实", "基础设施": "厂房与公辅设施",
            "管理体系": "体系运行", "数据真实性核查": "数据核实", "评分结果": "得分汇总",
            "自评价报告中存在的问题": "自评报告问题清单", "否决条件自查": "否决项自查", "能源资源投入": "能源及资源投入",
            "产品": "产品设计与碳足迹", "环境排放": "排放控制", "绩效": "绩效与用地", "园区概况": "园区简况",
            "资源利用绿色化": "资源利用", "基础设施及生态环境": "基础设施/生态环境",
            "绿色供应链管理战略": "供应链战略", "绿色供应商管理": "供应商管理",
            "绿色信息平台建设与信息披露": "信息平台与披露"}

# style-e sub-heading wording (verification / consultancy register)
TITLES_E = {"评价目的": "委托事项及核查目的", "评价范围": "核查范围及数据期", "评价依据": "核查依据",
            "受评价方基本情况": "受核查单位概况", "评价组织": "项目组织", "文件评审": "书面资料核查",
            "现场评价": "现场核查实施", "报告编写及内部技术复核": "报告编制及质量复核", "否决条件核查": "否决情形核查",
            "基本要求": "基本要求逐项核查", "基础设施": "基础设施核查", "管理体系": "管理体系核查",
            "数据真实性核查": "数据真实性及溯源核查", "评分结果": "评分结果汇总",
            "自评价报告中存在的问题": "对自评价报告的核查意见", "否决条件自查": "否决情形自查",
            "能源资源投入": "能源与资源投入情况", "产品": "产品绿色化情况", "环境排放": "环境排放情况",
            "绩效": "绩效及用地指标", "园区概况": "园区概况及主要经济指标", "资源利用绿色化": "资源利用绿色化核查",
            "基础设施及生态环境": "基础设施与生态环境核查", "绿色供应链管理战略": "绿色供应链管理战略核查",
            "绿色供应商管理": "绿色供应商管理核查", "绿色信息平台建设与信息披露": "信息平台建设及信息披露核查"}

# style-f sub-heading wording (provincial-government review register)
TITLES_F = {"评价目的": "评价工作目的", "评价范围": "评价对象与边界范围", "评价依据": "评价依据及标准",
            "受评价方基本情况": "被评价单位基本情况", "评价组织": "评价工作组织", "文件评审": "申报材料审核",
            "现场评价": "现场审核情况", "报告编写及内部技术复核": "报告编制及审定", "否决条件核查": "否决事项审核",
            "基本要求": "基本要求审核", "基础设施": "基础设施审核", "管理体系": "管理体系审核",
            "数据真实性核查": "数据真实性审核", "评分结果": "评分情况", "自评价报告中存在的问题": "自评价报告审核意见",
            "否决条件自查": "否决事项自查", "能源资源投入": "能源资源投入情况", "产品": "产品绿色设计情况",
            "环境排放": "污染物排放情况", "绩效": "绩效指标情况", "园区概况": "园区总体情况",
            "资源利用绿色化": "资源利用绿色化审核", "基础设施及生态环境": "基础设施和生态环境审核",
            "绿色供应链管理战略": "供应链管理战略审核", "绿色供应商管理": "供应商管理审核",
            "绿色信息平台建设与信息披露": "信息平台与信息披露审核", "能源低碳化": "能源低碳化审核",
            "资源高效化": "资源高效化审核", "生产洁净化": "生产洁净化审核", "产品绿色化": "产品绿色化审核",
            "用地集约化": "用地集约化审核", "能源利用绿色化": "能源利用绿色化审核", "绿色生产": "绿色生产审核",
            "绿色回收": "绿色回收审核"}

# style e: bank keys whose paragraphs are numbered findings "（n）" (per report layout option)
E_FINDINGS = {"veto", "basic_req", "infra", "infra2", "mgmt", "mgmt2", "energy", "intensity", "co2", "pv",
              "energy_mgmt", "water", "water_mgmt", "waste", "haz", "clean", "env2", "product", "land", "metering"}

# style-d two-level score tables: second-level items (name, max) under each first-level indicator
SUB_LEVEL2 = {
    "能源低碳化": [("能源投入与结构", 12), ("能效水平", 10), ("碳排放管理", 8)],
    "资源高效化": [("水资源利用", 12), ("固体废物资源化", 10), ("原辅材料节约", 8)],
    "生产洁净化": [("污染物排放", 10), ("有害物质管控", 6)],
    "产品绿色化": [("生态设计", 8), ("产品碳足迹", 8)],
    "用地集约化": [("容积率", 4), ("单位用地面积产值", 4)],
    "能源利用绿色化": [("能源产出率", 8), ("可再生能源使用比例", 6), ("清洁能源使用率", 6)],
    "资源利用绿色化": [("水资源产出率", 7), ("工业固废综合利用率", 7), ("再生水利用", 6)],
    "基础设施绿色化": [("污水集中处理", 8), ("新建工业建筑绿色化", 7)],
    "产业绿色化": [("高新技术产业占比", 8), ("绿色工厂培育", 7)],
    "生态环境绿色化": [("主要污染物排放", 10), ("绿化覆盖率", 10)],
    "运行管理绿色化": [("园区管理机构", 5), ("能源环境信息平台", 5)],
    "绿色供应链管理战略": [("战略规划", 5), ("组织机构", 5)],
    "绿色供应商管理": [("供应商认证", 10), ("供应商绩效评价", 8), ("供应商培训帮扶", 7)],
    "绿色生产": [("节能减排", 13), ("清洁生产", 12)],
    "绿色回收": [("产品回收", 10), ("包装回收", 10)],
    "绿色信息平台建设": [("平台建设", 6), ("数据采集", 4)],
    "绿色信息披露": [("环境信息披露", 5), ("供应链信息披露", 5)],
}


# --------------------------------------------------------------------------- formatting
class Fmt:
    """Number / date formatting.  Style "c" picks its options per report (stored in facts["fmt"]):
    sep  - thousands separators in general numbers;  wan - kWh/m³ quantities shown in 万 units;
    tdate - date format inside tables ("dot" 2026.03.20 or "iso" 2026-03-20).
    dstyle - style h body dates: "cn" 2026年3月20日, "pad" 2026年03月20日, "dot" 2026.03.20 (empty: per style)."""

    def __init__(self, style: str, sep: bool | None = None, wan: bool | None = None, tdate: str = "iso",
                 pad: bool = False, dstyle: str = ""):
        self.style = style
        self.dstyle = dstyle
        self.sep = (style == "a") if sep is None else sep
        self.wan = (style == "a") if wan is None else wan
        self.tdate_fmt = tdate
        self.pad = pad  # style d: zero-padded month/day (2026年03月20日)

    def n(self, x: float, d: int = 0) -> str:
        if self.sep:
            return f"{x:,.{d}f}"
        return f"{x:.{d}f}"

    def qty(self, raw) -> str:
        """Electricity (kWh) / gas (m³) / PV (kWh) quantity as displayed."""
        if self.style == "b":
            return str(raw)
        if self.wan:
            return self.n(raw / 1e4, 2)
        if self.style in ("d", "e", "f"):
            return self.n(raw)
        return f"{raw:,.0f}"

    def date(self, d: dt.date) -> str:
        if self.dstyle:
            return {"cn": f"{d.year}年{d.month}月{d.day}日", "pad": f"{d.year}年{d.month:02d}月{d.day:02d}日",
                    "dot": f"{d.year}.{d.month:02d}.{d.day:02d}"}[self.dstyle]
        if self.style in ("d", "e", "f"):
            return f"{d.year}年{d.month:02d}月{d.day:02d}日" if self.pad else f"{d.year}年{d.month}月{d.day}日"
        if self.style in ("a", "c"):
            return f"{d.year}年{d.month}月{d.day}日"
        return f"{d.year}年{d.month:02d}月{d.day:02d}日"

    def tdate(self, d: dt.date) -> str:
        sep = "." if self.tdate_fmt == "dot" else "-"
        return f"{d.year}{sep}{d.month:02d}{sep}{d.day:02d}"

    def cn_date(self, d: dt.date) -> str:
        y = "".join(CN_DIGITS[int(c)] for c in str(d.year))

        def small(v):
            if v <= 10:
                return "十" if v == 10 else CN_DIGITS[v]
            if v < 20:
                return "十" + CN_DIGITS[v - 10]
            return CN_DIGITS[v // 10] + "十" + (CN_DIGITS[v % 10] if v % 10 else "")
        return f"{y}年{small(d.month)}月{small(d.day)}日"


def std_list(report_date: dt.date) -> dict[str, tuple[str, str]]:
    """Current editions at report_date: key -> (code, title)."""
    d = report_date
    return {
        "36132": ("GB/T 36132-2025" if d >= dt.date(2025, 12, 31) else "GB/T 36132-2018", "《绿色工厂评价通则》"),
        "2589": ("GB/T 2589-2020", "《综合能耗计算通则》"),
        "17167": ("GB 17167-2025" if d >= dt.date(2026, 2, 1) else "GB 17167-2006", "《用能单位能源计量器具配备和管理通则》"),
        "24789": ("GB/T 24789-2022", "《用水单位用水计量器具配备和管理通则》"),
        "23331": ("GB/T 23331-2020", "《能源管理体系 要求及使用指南》"),
        "45001": ("GB/T 45001-2020", "《职业健康安全管理体系 要求及使用指南》"),
        "19001": ("GB/T 19001-2016", "《质量管理体系 要求》"),
        "24001": ("GB/T 24001-2016", "《环境管理体系 要求及使用指南》"),
        "32150": ("GB/T 32150-2015", "《工业企业温室气体排放核算和报告通则》"),
        "24067": ("GB/T 24067-2024", "《温室气体 产品碳足迹 量化要求和指南》"),
        "4754": ("GB/T 4754-2017", "《国民经济行业分类》"),
        "18597": ("GB 18597-2023", "《危险废物贮存污染控制标准》"),
        "18599": ("GB 18599-2020", "《一般工业固体废物贮存和填埋污染控制标准》"),
        "12348": ("GB 12348-2008", "《工业企业厂界环境噪声排放标准》"),
        "24256": ("GB/T 24256-2009", "《产品生态设计通则》"),
        "18613": ("GB 18613-2020", "《电动机能效限定值及能效等级》"),
    }


POLICY_DOCS = ["《绿色工厂梯度培育及管理暂行办法》（工信部节〔2024〕13号）",
               "《产业结构调整指导目录（2024年本）》",
               "《工业重点领域能效标杆水平和基准水平（2023年版）》",
               "《绿色制造体系评价参考程序》（工信厅节函〔2017〕564号）"]


# --------------------------------------------------------------------------- context
class Ctx:
    def __init__(self, rng: random.Random, style: str, r: Report):
        self.rng, self.style, self.r = rng, style, r
        self.bank = BANKS[style]
        self.f = Fmt(style)
        self.extra: dict[str, str] = {}
        self.counters = [0, 0, 0]
        self.lay: dict = {}
        self.f_self = False
        if style == "c":  # per-report formatting / layout choices (style c only: a/b rng streams untouched)
            o = {"sep": rng.random() < 0.5, "wan": rng.random() < 0.5, "tdate": rng.choice(["dot", "iso"])}
            r.facts["fmt"] = o
            self.f = Fmt(style, **o)
            self.lay = {"head": rng.choice(["zhang", "mixed"]), "basic": rng.choice([6, 2]),
                        "ind": rng.choice(["remark", "plain"]), "years": rng.choice(["rows", "cols"]),
                        "basis": rng.choice(["paren", "table"]), "refs": rng.choice(["para", "table"])}
            r.facts["layout"] = self.lay
            self.extra.update(eu="万kWh" if o["wan"] else " kWh", gu="万m³" if o["wan"] else " m³")
        self.we_pool: tuple[str, ...] = ()
        if style == "d":  # style d only: a/b/c rng streams untouched
            o = {"sep": rng.random() < 0.5, "wan": rng.random() < 0.5, "pad": rng.random() < 0.5}
            r.facts["fmt"] = o
            self.f = Fmt(style, **o)
            self.lay = {"head": rng.choice(["cn", "num"]), "basis": rng.choice(["bracket", "group"]),
                        "refs": rng.choice(["para", "table"])}
            r.facts["layout"] = self.lay
            self.extra.update(eu="万kWh" if o["wan"] else " kWh", gu="万m³" if o["wan"] else " m³",
                              co2_note="", water_note="")
            self.we_pool = ("该企业", "受评价方")
        self.fnum = 0
        if style == "e":  # style e only: a/b/c/d rng streams untouched
            o = {"sep": rng.random() < 0.5, "wan": rng.random() < 0.5, "pad": rng.random() < 0.5,
                 "tdate": rng.choice(["dot", "iso"])}
            r.facts["fmt"] = o
            self.f = Fmt(style, **o)
            self.lay = {"head": rng.choice(["part", "dot"]), "unit": rng.choice(["bracket", "inline"]),
                        "basis": rng.choice(["list", "table"]), "refs": rng.choice(["para", "table"]),
                        "fnum": rng.choice(["paren", "none"])}
            r.facts["layout"] = self.lay
            self.extra.update(eu="万kWh" if o["wan"] else " kWh", gu="万m³" if o["wan"] else " m³")
            self.we_pool = ("该厂", "受核查方")
        if style == "f":  # style f only: a-e rng streams untouched
            o = {"sep": rng.random() < 0.5, "wan": rng.random() < 0.5, "tdate": "iso", "pad": rng.random() < 0.3}
            r.facts["fmt"] = o
            self.f = Fmt(style, **o)
            self.lay = {"basis": rng.choice(["circle", "inline"]), "refs": rng.choice(["para", "table"]),
                        "ysent": rng.choice(["val", "tce", "int"])}
            r.facts["layout"] = self.lay
            self.extra.update(eu="万kWh" if o["wan"] else " kWh", gu="万m³" if o["wan"] else " m³",
                              chk="经审核", ok="予以确认")
            self.we_pool = ("该单位", "被评价单位")
        if _H is not None:  # style h: its own date format and unit words on top of the c/d layout
            r.facts["fmt"] = dict(r.facts["fmt"], dstyle=_H["date"])
            self.f = Fmt(style, **r.facts["fmt"])
            self.extra.update(_H["units"](_H["unit"], r.facts["fmt"]["wan"]))

    def set_subject(self, typ: str, kind: str) -> None:
        """Style d: subject words picked per sentence for {we}."""
        if _H is not None:
            self.we_pool = _H["we"]
            return
        if _I is not None:  # style i: its own subject words on the style-e machinery
            self.we_pool = _I["we"](typ, kind)
            return
        if _O is not None:  # style o: its own subject words on the style-e machinery
            self.we_pool = _O["we"](typ, kind)
            return
        if _U is not None:  # style u: its own subject words on the style-e machinery
            self.we_pool = _U["we"](typ, kind)
            return
        if _AA is not None:  # styles aa, ag: their own subject words on the style-e machinery
            self.we_pool = _AA["we"](typ, kind)
            return
        if _J is not None:  # style j: its own subject words on the style-b machinery
            self.we_pool = _J["we"](typ, kind)
            return
        if _ON_D is not None:  # styles m, q: their own subject words on the style-d machinery
            self.we_pool = _ON_D["we"](typ, kind)
            return
        if _K is not None:  # style k: its own subject words on the style-a machinery
            self.we_pool = _K["we"](typ, kind)
            return
        if _N is not None:  # style n: its own subject words on the style-c machinery
            self.we_pool = _N["we"](typ, kind)
            return
        if self.style == "f":
            self.we_pool = f_subjects(typ, kind)
            self.f_self = kind == "self"
            if kind == "self":
                self.extra.update(chk="经自查", ok="自评为符合")
            if _G:
                self.extra.update(chk="经自查梳理" if kind == "self" else "经预审查",
                                  ok="自评满足要求" if kind == "self" else "予以认可")
            return
        if self.style == "e":
            self.we_pool = (("该园区", "受核查园区") if typ == "park" else ("本厂", "本企业") if kind == "self"
                            else ("该企业", "受核查企业") if typ == "supply_chain" else ("该厂", "受核查方"))
            return
        if self.style != "d":
            return
        self.we_pool = ("园区", "该园区") if typ == "park" else ("本公司", "我司") if kind == "self" else ("该企业", "受评价方")

    # values -------------------------------------------------------------
    def val(self, key: str, s: str) -> str:
        self.r.values[key] = s
        return s

    def fields(self) -> dict:
        d = dict(self.r.values)
        d.update(self.extra)
        return d

    def fmt_text(self, template: str, **kw) -> tuple[str, list[str]]:
        d = self.fields()
        d.update(kw)
        if (self.style in ("d", "e", "f") or _H is not None or _J is not None or _K is not None
                or _N is not None) and "{we}" in template:
            d["we"] = self.rng.choice(self.we_pool)
        text = template.format(**d)
        used = [fn for _, fn, _, _ in string.Formatter().parse(template) if fn]
        keys = [k for k in used if k in self.r.values and k not in kw and k not in NOREG]
        return text, keys

    # blocks -------------------------------------------------------------
    def add(self, b):
        self.r.blocks.append(b)
        return b

    def P(self, key_or_text: str, style: str = "body", tag: str = "", raw: bool = False, **kw) -> Para:
        tmpl = key_or_text if raw else self.rng.choice(self.bank[key_or_text])
        text, keys = self.fmt_text(tmpl, **kw)
        if self.style == "e" and not raw and self.lay.get("fnum") == "paren" and key_or_text in E_FINDINGS:
            self.fnum += 1  # style e: numbered findings within a section
            text = f"（{self.fnum}）" + text
        p = self.add(Para(text, style=style, tag=tag or ("" if raw else key_or_text)))
        for k in keys:
            self.r.mention(k, p)
        return p

    def H(self, level: int, title: str, tag: str = "", numbered: bool = True) -> Heading:
        if _H is not None:  # style h: own titles and numbering
            return self.add(Heading(level, _H["heading"](self.counters, level, title, tag, numbered, _H), tag))
        if _K is not None and level > 1:  # style k: own sub-heading titles on the style-a numbering
            title = _K["titles"].get(title, title)
        if self.style == "b" and level > 1:
            title = TITLES_B.get(title, title)
        if self.style == "c" and level > 1:
            title = TITLES_C.get(title, title)
        if self.style == "d" and level > 1:
            title = TITLES_D.get(title, title)
        if self.style == "e":
            self.fnum = 0
            if level > 1:
                title = TITLES_E.get(title, title)
        if self.style == "f" and level > 1:
            title = TITLES_F.get(title, title)
            if self.f_self:
                title = title.replace("审核", "自查")
        if not numbered:
            return self.add(Heading(level, title, tag))
        self.counters[level - 1] += 1
        for i in range(level, 3):
            self.counters[i] = 0
        c = self.counters
        if self.style == "a":
            num = [f"{CN_NUM[c[0]]}、", f"（{CN_NUM[c[1]]}）", f"{c[2]}."][level - 1]
            text = num + title
        elif self.style == "c" and self.lay["head"] == "zhang":
            text = [f"第{CN_NUM[c[0]]}章 ", f"第{CN_NUM[c[1]]}节 ", f"{CN_NUM[c[2]]}、"][level - 1] + title
        elif self.style == "c":
            text = f"{CN_NUM[c[0]]}、{title}" if level == 1 else ".".join(str(x) for x in c[:level]) + " " + title
        elif self.style == "d" and self.lay["head"] == "cn":
            text = [f"{CN_NUM[c[0]]}、", f"{c[1]}.", f"（{c[2]}）"][level - 1] + title
        elif self.style == "d":
            text = ".".join(str(x) for x in c[:level]) + "\u3000" + title
        elif self.style == "e" and self.lay["head"] == "part":
            text = [f"第{CN_NUM[c[0]]}部分\u3000", f"{CN_NUM[c[1]]}、", f"（{CN_NUM[c[2]]}）"][level - 1] + title
        elif self.style == "e":
            text = ".".join(str(x) for x in c[:level]) + ". " + title
        elif self.style == "f" and _L is not None and "num" in _L:  # style s: its own numbering on the l hooks
            text = _L["num"](c, level) + title
        elif self.style == "f" and _L is not None:  # style l: decimal numbering "1", "1.1", "1.1.1"
            text = ".".join(str(x) for x in c[:level]) + "\u3000" + title
        elif self.style == "f" and _G:  # style g: part-style numbering (style e "part" variant)
            text = [f"第{CN_NUM[c[0]]}部分\u3000", f"{CN_NUM[c[1]]}、", f"（{CN_NUM[c[2]]}）"][level - 1] + title
        elif self.style == "f":
            text = [f"{CN_NUM[c[0]]}、", f"{c[1]}、", f"（{c[2]}）"][level - 1] + title
        else:
            num = ".".join(str(x) for x in c[:level])
            text = f"{num} {title}"
        return self.add(Heading(level, text, tag))

    def T(self, rows: list[list], header_rows: int = 1, tag: str = "", widths=None) -> Table:
        """Cells may be str or (key, template) tuples -> registered mentions."""
        out, regs = [], []
        for i, row in enumerate(rows):
            orow = []
            for j, cell in enumerate(row):
                if isinstance(cell, tuple):
                    key, tmpl = cell
                    orow.append(tmpl.format(self.r.values[key]))
                    regs.append((key, i, j))
                else:
                    orow.append(cell)
            out.append(orow)
        t = self.add(Table(out, header_rows=header_rows, tag=tag, widths=widths))
        for key, i, j in regs:
            self.r.mention(key, t, (i, j))
        return t

    def BR(self):
        return self.add(PageBreak())


def _r(x: float, d: int) -> float:
    return float(f"{x:.{d}f}")


# --------------------------------------------------------------------------- style d: derived display values
def lr_round(xs: list[float], d: int = 1) -> list[float]:
    """Round to d decimals so the rounded values add up to the rounded sum (largest remainder)."""
    k = 10 ** d
    target = round(sum(xs) * k)
    fl = [math.floor(x * k + 1e-9) for x in xs]
    rem = target - sum(fl)
    order = sorted(range(len(xs)), key=lambda i: -(xs[i] * k - fl[i]))
    for i in order[:max(0, rem)]:
        fl[i] += 1
    return [v / k for v in fl]


def split_score(s: float, maxes: list[int], salt: str = "") -> list[float]:
    """Split a first-level score (multiple of 0.5) over second-level items in 0.5 steps, summing exactly."""
    S = round(s * 2)
    M = [2 * m for m in maxes]
    raw = [S * m / sum(M) for m in M]
    out = [min(math.floor(x), m) for x, m in zip(raw, M)]
    rem = S - sum(out)
    order = sorted(range(len(M)), key=lambda i: -(raw[i] - math.floor(raw[i])))
    while rem > 0:
        room = [i for i in order if out[i] < M[i]]
        i = room[0] if room else 0
        out[i] += 1
        rem -= 1
        order = order[1:] + order[:1]
    while rem < 0:
        i = max(range(len(out)), key=lambda k: out[k])
        out[i] -= 1
        rem += 1
    # deterministic jitter (a function of the displayed score only): move a few half points between items
    jr = random.Random(f"split-{salt}-{S}-{'-'.join(map(str, maxes))}")
    for _ in range(jr.randint(0, 3)):
        a, b = jr.sample(range(len(out)), 2)
        if out[a] > 0 and out[b] < M[b]:
            out[a] -= 1
            out[b] += 1
    return [x / 2 for x in out]


def _pv(s: str) -> float | None:
    try:
        return float(s.replace(",", ""))
    except (ValueError, AttributeError):
        return None


def d_derived(r: Report) -> dict[str, str]:
    """Style d values that are recomputed from other *displayed* values: energy shares, change rates, second-level
    scores and per-row waste utilisation rates.  Only keys already present in r.values are returned (callers
    register them first; injectors re-sync them after changing an input)."""
    v, f = r.values, Fmt("d", **r.facts.get("fmt", {}))
    out: dict[str, str] = {}
    cars = [c["key"] for c in r.facts.get("energy", {}).get("carriers", [])]
    parts = [_pv(v.get(f"{k}_tce", "")) for k in cars]
    tot = _pv(v.get("tce3", ""))
    if cars and tot and None not in parts and all(f"sh_{k}" in v for k in cars):
        for k, x in zip(cars, lr_round([p / tot * 100 for p in parts], 1)):
            out[f"sh_{k}"] = f.n(x, 1)
    for key, base in (("chg_val", "val"), ("chg_tce", "tce"), ("chg_int", "int")):
        a, b = _pv(v.get(f"{base}1", "")), _pv(v.get(f"{base}3", ""))
        if key in v and a and b is not None:
            out[key] = f"{(b - a) / a * 100:+.1f}"
    for i, (name, _m) in enumerate(r.facts.get("level1", [])):
        subs = SUB_LEVEL2.get(name, [])
        s = _pv(v.get(f"score_{i}", ""))
        if s is not None and subs and f"sub_{i}_0" in v:
            for j, x in enumerate(split_score(s, [m for _, m in subs], name)):
                out[f"sub_{i}_{j}"] = f"{x:.1f}"
    i = 0
    while f"wr_{i}" in v:
        g, u = _pv(v.get(f"wg_{i}", "")), _pv(v.get(f"wu_{i}", ""))
        if g and u is not None:
            out[f"wr_{i}"] = f.n(_r(u / g * 100, 1), 1)
        i += 1
    return out


def d_approx(x: float, unit: str) -> str:
    """Style d: approximate figure in 万 units, e.g. "（约1.2万吨）" (empty below 10 000)."""
    return f"（约{x / 1e4:.1f}万{unit}）" if x >= 1e4 else ""


# --------------------------------------------------------------------------- style e: derived display values
def e_ded_text(ded: float, reason: str) -> str:
    return f"扣{ded:.1f}分：{reason}" if ded > 0 else "满分，未扣分"


def e_derived(r: Report) -> dict[str, str]:
    """Style e values recomputed from other *displayed* values: output value in 亿元, 等价值 energy column,
    score deductions.  Only keys already present in r.values are returned (injectors re-sync them)."""
    v, f = r.values, Fmt("e", **r.facts.get("fmt", {}))
    out: dict[str, str] = {}
    x = _pv(v.get("val3", ""))
    if "val3_yi" in v and x is not None:
        out["val3_yi"] = f"{x / 1e4:.2f}"
    ef = r.facts.get("energy", {})
    dec = ef.get("dec", 2)
    cars = [c["key"] for c in ef.get("carriers", [])]
    if cars and all(f"{k}_tce_eq" in v for k in cars):
        parts = []
        for k in cars:
            if k == "elec":
                q = _pv(v.get("elec", ""))
                val = None if q is None else _r((q * 1e4 if f.wan else q) * ELEC_EQ_F / 1000, dec)
            else:
                val = _pv(v.get(f"{k}_tce", ""))
            if val is None:
                parts = None
                break
            parts.append(val)
            out[f"{k}_tce_eq"] = f.n(val, dec)
        if parts is not None and "tce3_eq" in v:
            out["tce3_eq"] = f.n(_r(sum(parts), dec), dec)
    reasons = r.facts.get("ded_reasons", [])
    for i, (_name, m) in enumerate(r.facts.get("level1", [])):
        s = _pv(v.get(f"score_{i}", ""))
        if f"ded_{i}" in v and s is not None and i < len(reasons):
            out[f"ded_{i}"] = e_ded_text(m - s, reasons[i])
    t = _pv(v.get("score_total", ""))
    if "ded_total" in v and t is not None:
        out["ded_total"] = f"累计扣{100 - t:.1f}分"
    return out


# --------------------------------------------------------------------------- style f: helpers / derived values
def f_subjects(typ: str, kind: str) -> tuple[str, ...]:
    """Style f subject words that stand for the evaluated entity ({we})."""
    if typ == "park":
        return ("该园区", "被评价园区")
    if kind == "self":
        return ("我单位", "本单位")
    return ("该企业", "被评价企业") if typ == "supply_chain" else ("该单位", "被评价单位")


def f_rate(score: float, mx: float) -> str:
    """得分率 (%), rounded half up to 1 decimal."""
    q = Decimal(str(score)) * 100 / Decimal(str(mx))
    return str(q.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))


def f_derived(r: Report) -> dict[str, str]:
    """Style f values recomputed from other *displayed* values: the score table's 得分率(%) column.
    Only keys already present in r.values are returned (injectors re-sync them)."""
    v = r.values
    out: dict[str, str] = {}
    for i, (_name, m) in enumerate(r.facts.get("level1", [])):
        s = _pv(v.get(f"score_{i}", ""))
        if f"srate_{i}" in v and s is not None:
            out[f"srate_{i}"] = f_rate(s, m)
    t = _pv(v.get("score_total", ""))
    if "srate_total" in v and t is not None:
        out["srate_total"] = f_rate(t, 100)
    return out


F_YEARS_ROWS = {"val": ("工业总产值", "万元"), "tce": ("综合能源消费量", "tce"), "int": ("单位产值综合能耗", "kgce/万元")}


def f_years_text(tmpl: str, name: str, unit: str, years: list, vals: list[str], we: str) -> str:
    """Style f: "……2023年、2024年、2025年分别为a万元、b万元、c万元" (also for 1 or 2 years)."""
    sp = "" if unit.startswith("万") else " "
    return tmpl.format(name=name, ys="、".join(f"{y}年" for y in years), verb="分别为" if len(years) > 1 else "为",
                       vs="、".join(f"{x}{sp}{unit}" for x in vals), we=we)


# --------------------------------------------------------------------------- facts
def make_dates(rng: random.Random, report_date: dt.date) -> dict:
    site_end = report_date - dt.timedelta(days=rng.randint(7, 42))
    site_days = rng.choice([2, 2, 3])
    site_start = site_end - dt.timedelta(days=site_days - 1)
    doc_start = site_start - dt.timedelta(days=rng.randint(5, 20))
    review = report_date - dt.timedelta(days=rng.randint(1, 5))
    if review <= site_end:
        review = site_end + dt.timedelta(days=1)
    return {"report_date": report_date, "site_start": site_start, "site_end": site_end,
            "site_days": site_days, "doc_start": doc_start, "review_date": review}


def pick_report_date(rng: random.Random) -> dt.date:
    if rng.random() < 0.25:
        start, span = dt.date(2025, 4, 1), 260       # Apr-Dec 2025
    else:
        start, span = dt.date(2026, 1, 5), 170       # Jan-Jun 2026
    return start + dt.timedelta(days=rng.randint(0, span))


def grid_for(report_date: dt.date) -> tuple[int, float]:
    yrs = [y for y, p in GRID_PUBLISHED.items() if p <= report_date]
    y = max(yrs)
    return y, GRID[y]


def energy_facts(rng: random.Random, style: str, years: list[int], scale: float = 1.0, park: bool = False) -> dict:
    """Generate per-year output value and energy; current year decomposed by carrier."""
    dec = 1 if style == "a" else 2
    val1 = rng.uniform(6000, 90000) * scale
    vals = [round(val1)]
    for _ in years[1:]:
        vals.append(round(vals[-1] * rng.uniform(1.02, 1.13)))
    int3_target = rng.uniform(12, 95) * (3 if park else 1)
    tce3_target = vals[2] * int3_target / 1000
    elec_share = rng.uniform(0.55, 0.9)
    elec_kwh = round(tce3_target * elec_share * 1000 / ELEC_F / 100) * 100
    carriers = []
    remaining = tce3_target * (1 - elec_share)
    has_steam = rng.random() < 0.25
    has_diesel = rng.random() < 0.3
    gas_part = remaining * (0.7 if (has_steam or has_diesel) else 1.0)
    gas_m3 = max(1000, round(gas_part * 1000 / GAS_F / 100) * 100)
    carriers.append({"name": "电力", "key": "elec", "qty": elec_kwh, "factor": ELEC_F})
    carriers.append({"name": "天然气", "key": "gas", "qty": gas_m3, "factor": GAS_F})
    if has_steam:
        steam_t = _r(remaining * 0.2 / (STEAM_F), 1)
        carriers.append({"name": "蒸汽", "key": "steam", "qty": steam_t, "factor": STEAM_F})
    if has_diesel:
        diesel_t = _r(max(remaining * 0.1 / DIESEL_F, 1.5), 2)
        carriers.append({"name": "柴油", "key": "diesel", "qty": diesel_t, "factor": DIESEL_F})
    for c in carriers:
        if c["key"] in ("elec", "gas"):
            c["tce"] = _r(c["qty"] * c["factor"] / 1000, dec)       # kWh|m³ × kgce/unit
        else:
            c["tce"] = _r(c["qty"] * c["factor"], dec)               # t × kgce/kg = tce
    tce3 = _r(sum(c["tce"] for c in carriers), dec)
    int3 = _r(tce3 * 1000 / vals[2], 2)
    # earlier years: intensity higher by 2-9 %/yr
    int2_t = int3 * rng.uniform(1.02, 1.09)
    int1_t = int2_t * rng.uniform(1.02, 1.09)
    tce2 = _r(int2_t * vals[1] / 1000, dec)
    tce1 = _r(int1_t * vals[0] / 1000, dec)
    tces = [tce1, tce2, tce3]
    ints = [_r(t * 1000 / v, 2) for t, v in zip(tces, vals)]
    return {"dec": dec, "vals": vals, "carriers": carriers, "tces": tces, "ints": ints,
            "elec_kwh": elec_kwh, "gas_m3": gas_m3}


def make_scores(rng: random.Random, level1: list[tuple[str, int]]) -> list[float]:
    while True:
        sc = [round(m * rng.uniform(0.66, 0.97) * 2) / 2 for _, m in level1]
        tot = sum(sc)
        if 70 <= tot <= 94:
            return sc


WASTE_CATS = {
    "default": ["废边角料", "废包装材料", "废金属屑", "污泥（一般固废）", "生活垃圾以外的其他一般固废", "废塑料"],
}


# --------------------------------------------------------------------------- common values
def set_common_values(c: Ctx, ent: dict, agency: dict | None, dates: dict, years: list[int], ef: dict,
                      scores: list[float], level1, kind: str, highlight_extra: dict) -> None:
    r, f, rng, st = c.r, c.f, c.rng, c.style
    dec = ef["dec"]
    c.val("company", ent["name"])
    c.val("uscc", ent["uscc"])
    c.val("legal_rep", ent["legal_rep"])
    c.val("address", ent["address"])
    if "industry_code" in ent:
        c.val("industry_code", ent["industry_code"])
        c.val("industry_name", ent["industry_name"])
    if agency:
        c.val("agency", agency["name"])
        c.val("agency_rep", agency["legal_rep"])
    for k in ("report_date", "site_start", "site_end", "doc_start", "review_date"):
        c.val(k, f.date(dates[k]))
    c.extra.update({"Y1": str(years[0]), "Y2": str(years[1]), "Y3": str(years[2]),
                    "site_days": str(dates["site_days"])})
    for i, y in enumerate(years):
        c.val(f"val{i + 1}", f.n(ef["vals"][i]))
        c.val(f"tce{i + 1}", f.n(ef["tces"][i], dec))
        c.val(f"int{i + 1}", f.n(ef["ints"][i], 2))
    drop = _r((ef["ints"][0] - ef["ints"][2]) / ef["ints"][0] * 100, 1)
    c.val("drop", f.n(drop, 1))
    for car in ef["carriers"]:
        k = car["key"]
        if k == "elec":
            c.val("elec", f.qty(car["qty"]))
        elif k == "gas":
            c.val("gas", f.qty(car["qty"]))
        elif k == "steam":
            c.val("steam", f.n(car["qty"], 1))
        else:
            c.val("diesel", f.n(car["qty"], 2))
        c.val(f"{k}_tce", f.n(car["tce"], dec))
    # scores
    for i, s in enumerate(scores):
        c.val(f"score_{i}", f"{s:.1f}")
    c.val("score_total", f"{sum(scores):.1f}")
    c.extra["basic_ok"] = "符合"
    if st == "e":
        c.val("val3_yi", f"{ef['vals'][2] / 1e4:.2f}")


def resource_facts(c: Ctx, ef: dict, years: list[int], land_scale: float = 1.0) -> dict:
    rng, f, st = c.rng, c.f, c.style
    val3 = ef["vals"][2]
    water_in = round(val3 * rng.uniform(0.8, 6.0) / 10) * 10
    water_re = round(water_in * rng.uniform(0.6, 4.0) / 10) * 10
    water_rate = _r(water_re / (water_re + water_in) * 100, 1)
    water_int = _r(water_in / val3, 2)
    cats = rng.sample(WASTE_CATS["default"], rng.randint(3, 5))
    waste_rows = []
    for cat in cats:
        g = _r(rng.uniform(20, 900) * (val3 / 40000) ** 0.5, 1)
        u = _r(g * rng.uniform(0.75, 1.0), 1)
        waste_rows.append([cat, g, u])
    wg = _r(sum(x[1] for x in waste_rows), 1)
    wu = _r(sum(x[2] for x in waste_rows), 1)
    waste_rate = _r(wu / wg * 100, 1)
    haz = _r(rng.uniform(2, 120), 2)
    land = round(val3 / rng.uniform(0.3, 1.6) * land_scale / 10) * 10
    far_t = rng.uniform(0.8, 2.2)
    floor = round(land * far_t)
    far = _r(floor / land, 2)
    cover = round(land * rng.uniform(0.36, 0.66))
    cover_rate = _r(cover / land * 100, 1)
    land_out = _r(val3 / land, 2)
    elec_kwh = ef["elec_kwh"]
    pv_cap = _r(min(rng.uniform(0.4, 4.0), elec_kwh * 0.3 / 1.05e6), 2)
    pv_cap = max(pv_cap, 0.2)
    pv_kwh = round(pv_cap * 1000 * rng.uniform(900, 1150) / 100) * 100
    pv_share = _r(pv_kwh / elec_kwh * 100, 1)
    co2 = _r(elec_kwh * c.r.facts["grid_factor"] / 1000 + ef["gas_m3"] * GAS_CO2 / 1000, 1)
    res = dict(water_in=water_in, water_re=water_re, water_rate=water_rate, water_int=water_int,
               waste_rows=waste_rows, waste_gen=wg, waste_use=wu, waste_rate=waste_rate, haz=haz,
               land=land, floor=floor, far=far, cover=cover, cover_rate=cover_rate, land_out=land_out,
               pv_cap=pv_cap, pv_kwh=pv_kwh, pv_share=pv_share, co2=co2, save=_r(rng.uniform(30, 400), 1))
    c.val("water_in", f.n(water_in))
    c.val("water_re", f.n(water_re))
    c.val("water_rate", f.n(water_rate, 1))
    c.val("water_int", f.n(water_int, 2))
    c.val("waste_gen", f.n(wg, 1))
    c.val("waste_use", f.n(wu, 1))
    c.val("waste_rate", f.n(waste_rate, 1))
    for i, (cat, g, u) in enumerate(waste_rows):
        c.val(f"wg_{i}", f.n(g, 1))
        c.val(f"wu_{i}", f.n(u, 1))
    c.val("haz", f.n(haz, 2))
    c.val("land", f.n(land))
    c.val("floor", f.n(floor))
    c.val("far", f"{far:.2f}")
    c.val("cover", f.n(cover))
    c.val("cover_rate", f.n(cover_rate, 1))
    c.val("land_out", f"{land_out:.2f}")
    c.val("pv_cap", f"{pv_cap:.2f}")
    c.val("pv_gen", f.qty(pv_kwh))
    c.val("pv_share", f.n(pv_share, 1))
    c.val("co2", f.n(co2, 1))
    c.val("grid_factor", f"{c.r.facts['grid_factor']:.4f}")
    c.val("grid_year", str(c.r.facts["grid_year"]))
    c.extra["save"] = f.n(res["save"], 1)
    if st == "d":
        c.extra.update(co2_note=d_approx(co2, "吨"), water_note=d_approx(water_in, "m³"))
        c.r.facts["approx"] = {"co2": c.extra["co2_note"]}
    return res


def make_highlight(c: Ctx) -> str:
    parts = {"a": HIGHLIGHT_PARTS_A, "b": HIGHLIGHT_PARTS_B, "c": HIGHLIGHT_PARTS_C, "d": HIGHLIGHT_PARTS_D,
             "e": HIGHLIGHT_PARTS_E, "f": HIGHLIGHT_PARTS_F}[c.style]
    d = c.fields()
    for _ in range(50):
        chosen = c.rng.sample(parts, c.rng.randint(2, 3))
        text = "；".join(p.format(**d) for p in chosen) + "。"
        if len(text) <= 100:
            return text
    return parts[1].format(**d) + "。"


# --------------------------------------------------------------------------- shared sections
def references(c: Ctx, years) -> list[str]:
    y1, y3 = years[0], years[2]
    if _H is not None:
        return _H["refs"](y1, y3)
    if c.style == "f":
        return ["营业执照（副本）及法定代表人身份证明", f"{y1}年至{y3}年能源消费统计报表及电费、燃气费结算单据",
                "能源计量器具台账及检定（校准）证书", "质量、环境、职业健康安全、能源管理体系认证证书",
                "排污许可证及年度执行报告", f"{y3}年度污染物排放监测报告", "危险废物委托处置合同及转移联单",
                "一般工业固体废物管理台账及利用处置凭证", "水平衡测试报告及用水计量台账", "不动产权证书及厂区总平面布置图",
                "分布式光伏项目备案、并网验收文件及发电量统计", "主要产品碳足迹核算报告", f"{y3}年度温室气体排放报告",
                "节能技术改造项目立项及验收文件", f"{y1}年至{y3}年工业总产值统计报表（加盖公章）"]
    if c.style == "e":
        return ["营业执照（经原件核对）", f"{y1}—{y3}年能源消费台账及供电、供气结算凭证", "能源计量器具一览表及检定/校准证书（抽查）",
                "质量、环境、职业健康安全、能源管理体系认证证书", "排污许可证及年度执行报告",
                f"{y3}年度委托监测报告（废水、废气、噪声）", "危险废物处置合同、经营许可证及转移联单",
                "一般工业固体废物产生、贮存及利用台账", "水平衡测试报告及取水计量台账", "不动产权证书及总平面布置图",
                "光伏并网验收文件及发电量计量记录", "主要产品碳足迹核算报告", f"{y3}年度温室气体排放核算报告",
                "节能技改项目验收文件", f"{y1}—{y3}年工业总产值统计报表"]
    if c.style == "d":
        return ["营业执照（扫描件）", f"能源购销台账及电、气结算单（{y1}年至{y3}年）", "计量器具清单及检定/校准报告",
                "ISO 9001/14001/45001/50001证书", "排污许可证及执行报告", f"{y3}年第三方监测报告",
                "危废处置合同、转移联单", "一般固废产生与去向台账", "用水台账、水平衡测试报告", "不动产权证、总平面图",
                "PV并网验收单及发电统计", "产品碳足迹报告", f"{y3}年温室气体核算报告", "节能技改验收资料",
                f"产值统计报表（{y1}年至{y3}年）"]
    if c.style == "c":
        return ["营业执照（副本）复印件", f"{y1}年至{y3}年能源消费统计台账及结算凭证", "能源计量器具配备清单及检定（校准）证书",
                "各管理体系认证证书及最近一次监督审核报告", "排污许可证正副本及年度执行报告", f"{y3}年度委托监测报告",
                "危险废物委托处置合同及转移联单", "一般工业固体废物产生及利用台账", "水平衡测试报告及用水计量台账",
                "不动产权证书及厂区总平面布置图", "屋顶光伏并网验收意见及发电量统计表", "主要产品碳足迹核算报告",
                f"{y3}年度温室气体排放核算报告", "节能技术改造项目立项及验收资料", f"{y1}年至{y3}年工业总产值统计报表"]
    if c.style == "b":
        return ["营业执照（复印件）", f"能源统计报表（{y1}—{y3}年）", "计量器具一览表及检定证书",
                "体系认证证书（复印件）", "排污许可证副本及年度执行报告", f"环境监测报告（{y3}年）", "危废处置协议及转移联单",
                "一般固废台账", "水平衡测试报告及用水台账", "不动产权证书、总平面布置图", "光伏并网验收单及发电量统计",
                "产品碳足迹报告", f"温室气体排放报告（{y3}年）", "节能项目验收资料", f"产值统计报表（{y1}—{y3}年）"]
    docs = ["营业执照副本", f"{y1}—{y3}年能源购进、消费与库存统计表（205-1表）", "能源计量器具台账及检定/校准证书",
            "管理体系认证证书", "排污许可证及执行报告", f"{y3}年度环境监测报告", "危险废物处置合同及转移联单",
            "一般工业固体废物管理台账", "用水台账及水平衡测试报告", "不动产权证书及厂区总平面图",
            "分布式光伏并网验收资料及发电量统计", "产品碳足迹核算报告", f"{y3}年度温室气体排放核算报告",
            "节能技改项目可研及验收资料", f"{y1}—{y3}年工业产值统计报表"]
    return docs


EVID = {  # indicator -> index (1-based) into references()
    "能源": [2, 3], "光伏": [11], "碳": [13], "水": [9], "固废": [8], "危废": [7], "排放": [5, 6],
    "产品": [12], "用地": [10], "体系": [4], "节能": [14], "产值": [15], "执照": [1],
}


def ev(key: str) -> str:
    return "、".join(f"附件{i}" for i in EVID[key])


def refs_section(c: Ctx, years, title: str, tag: str = "ch:refs") -> None:
    docs = references(c, years)
    c.r.facts["ref_count"] = len(docs)
    c.H(1, title, tag=tag)
    if c.style == "f" and c.lay["refs"] == "para":
        for i, d in enumerate(docs, 1):
            c.add(Para(f"附件{i}、{d}", tag="ref_item"))
    elif c.style == "f":
        c.T([["材料编号", "证明材料名称", "提供形式"]]
            + [[f"附件{i}", d, c.rng.choice(["原件核验", "复印件（加盖公章）", "电子文本"])] for i, d in enumerate(docs, 1)],
            tag="ref_table", widths=[1.1, 5, 1.5])
    elif c.style == "e" and c.lay["refs"] == "para":
        for i, d in enumerate(docs, 1):
            c.add(Para(f"附件{i}．{d}", tag="ref_item"))
    elif c.style == "e":
        c.T([["附件编号", "资料名称", "核查方式"]]
            + [[f"附件{i}", d, c.rng.choice(["原件核对", "复印件留存", "电子文档"])] for i, d in enumerate(docs, 1)],
            tag="ref_table", widths=[1.1, 5, 1.3])
    elif c.style == "d" and c.lay["refs"] == "para":
        for i, d in enumerate(docs, 1):
            c.add(Para(f"附件{i}\u3000{d}", tag="ref_item"))
    elif c.style == "d":
        c.T([["附件号", "材料名称", "是否提供"]] + [[f"附件{i}", d, "是"] for i, d in enumerate(docs, 1)],
            tag="ref_table", widths=[1, 5, 1])
    elif c.style == "c" and c.lay["refs"] == "para":
        for i, d in enumerate(docs, 1):
            c.add(Para(f"附件{i}：{d}", tag="ref_item"))
    elif c.style == "c":
        c.T([["编号", "证明材料名称", "提供形式"]]
            + [[f"附件{i}", d, c.rng.choice(["复印件", "原件扫描件", "电子版"])] for i, d in enumerate(docs, 1)],
            tag="ref_table", widths=[1, 5, 1.4])
    elif c.style == "a":
        for i, d in enumerate(docs, 1):
            c.add(Para(f"附件{i}  {d}", tag="ref_item"))
    else:
        c.T([["附件编号", "材料名称", "份数"]] + [[f"附件{i}", d, "1"] for i, d in enumerate(docs, 1)],
            tag="ref_table", widths=[1, 4, 1])


def energy_table(c: Ctx, ef: dict) -> Table:
    st = c.style
    rows: list[list] = []
    if st == "a":
        rows.append(["能源品种", "实物量", "折标系数", "折标准煤（tce）"])
        for car in ef["carriers"]:
            k = car["key"]
            qty = {"elec": ("elec", "{}万kWh"), "gas": ("gas", "{}万m³"), "steam": ("steam", "{} t"),
                   "diesel": ("diesel", "{} t")}[k]
            fac = {"elec": "0.1229 kgce/kWh", "gas": "1.2143 kgce/m³", "steam": "0.1286 kgce/kg",
                   "diesel": "1.4571 kgce/kg"}[k]
            rows.append([car["name"], qty, fac, (f"{k}_tce", "{}")])
        rows.append(["合计", "—", "—", ("tce3", "{}")])
    elif st == "c":
        wan = c.f.wan
        rows.append(["能源种类", "计量单位", "消耗量", "折标系数", "折标准煤(tce)"])
        for car in ef["carriers"]:
            k = car["key"]
            unit = {"elec": "万kWh" if wan else "kWh", "gas": "万m³" if wan else "m³", "steam": "t", "diesel": "t"}[k]
            fac = {"elec": "0.1229 kgce/kWh（当量值）", "gas": "1.2143 kgce/m³", "steam": "0.1286 kgce/kg",
                   "diesel": "1.4571 kgce/kg"}[k]
            rows.append([car["name"], unit, (k, "{}"), fac, (f"{k}_tce", "{}")])
        rows.append(["合计", "tce", "—", "—", ("tce3", "{}")])
    elif st == "d":
        wan = c.f.wan
        for car in ef["carriers"]:
            c.val(f"sh_{car['key']}", "0")
        for k, x in d_derived(c.r).items():
            c.val(k, x)
        rows.append(["能源品种", "计量单位", "实物量", "折标系数", "折标准煤（tce）", "占比（%）"])
        for car in ef["carriers"]:
            k = car["key"]
            unit = {"elec": "万kWh" if wan else "kWh", "gas": "万m³" if wan else "m³", "steam": "t", "diesel": "t"}[k]
            fac = {"elec": "当量值 0.1229 kgce/kWh", "gas": "1.2143 kgce/m³", "steam": "0.1286 kgce/kg",
                   "diesel": "1.4571 kgce/kg"}[k]
            rows.append([car["name"], unit, (k, "{}"), fac, (f"{k}_tce", "{}"), (f"sh_{k}", "{}")])
        rows.append(["合计", "tce", "—", "—", ("tce3", "{}"), "100.0"])
    elif st == "e":
        wan, inline = c.f.wan, c.lay["unit"] == "inline"
        for car in ef["carriers"]:
            c.val(f"{car['key']}_tce_eq", "0")
        c.val("tce3_eq", "0")
        for k, x in e_derived(c.r).items():
            c.val(k, x)
        rows.append(["能源品种", "实物量", "折标系数（当量值）", "折标准煤·当量值（tce）", "折标系数（等价值）",
                     "折标准煤·等价值（tce）"])
        for car in ef["carriers"]:
            k = car["key"]
            unit = {"elec": "万kWh" if wan else "kWh", "gas": "万m³" if wan else "m³", "steam": "t", "diesel": "t"}[k]
            fac = {"elec": "0.1229 kgce/kWh", "gas": "1.2143 kgce/m³", "steam": "0.1286 kgce/kg",
                   "diesel": "1.4571 kgce/kg"}[k]
            feq = f"{ELEC_EQ_F:.4f} kgce/kWh" if k == "elec" else fac
            name = car["name"] if inline else f"{car['name']}（{unit}）"
            qty = (k, "{}" + ("" if unit.startswith("万") else " ") + unit) if inline else (k, "{}")
            rows.append([name, qty, fac, (f"{k}_tce", "{}"), feq, (f"{k}_tce_eq", "{}")])
        rows.append(["合计", "—", "—", ("tce3", "{}"), "—", ("tce3_eq", "{}")])
    elif st == "f":
        wan = c.f.wan
        rows.append(["序号", "品种", "单位", "实物消耗量", "折算系数", "折合标煤(tce)"])
        for i, car in enumerate(ef["carriers"], 1):
            k = car["key"]
            unit = {"elec": "万kWh" if wan else "kWh", "gas": "万m³" if wan else "m³", "steam": "t", "diesel": "t"}[k]
            fac = {"elec": "0.1229 kgce/kWh（当量值）", "gas": "1.2143 kgce/m³", "steam": "0.1286 kgce/kg",
                   "diesel": "1.4571 kgce/kg"}[k]
            rows.append([str(i), car["name"], unit, (k, "{}"), fac, (f"{k}_tce", "{}")])
        rows.append(["", "合计", "tce", "—", "—", ("tce3", "{}")])
    else:
        rows.append(["序号", "能源种类", "计量单位", "年消耗量", "折标准煤系数", "折标准煤量（吨）"])
        for i, car in enumerate(ef["carriers"], 1):
            k = car["key"]
            unit = {"elec": "kWh", "gas": "m³", "steam": "吨", "diesel": "吨"}[k]
            fac = {"elec": "0.1229千克标准煤/千瓦时（当量值）", "gas": "1.2143千克标准煤/立方米",
                   "steam": "0.1286千克标准煤/千克", "diesel": "1.4571千克标准煤/千克"}[k]
            rows.append([str(i), car["name"], unit, (k, "{}"), fac, (f"{k}_tce", "{}")])
        rows.append(["", "综合能源消费量", "吨标准煤", "—", "—", ("tce3", "{}")])
    t = c.T(rows, tag="energy_table", widths=[1, 1, 1.3, 2.1, 1.3, 0.9] if st == "d" else
            [1.3, 1.5, 1.4, 1.3, 1.4, 1.3] if st == "e" else [0.6, 1, 0.9, 1.5, 2.2, 1.4] if st == "f" else None)
    c.r.refs["energy_table"] = t
    if st == "f":
        c.add(Para(c.rng.choice(ENERGY_NOTE_F), style="small", tag="energy_note"))
    if st == "e" and _I is not None:  # style i: its own note wording
        c.add(Para(c.rng.choice(_I["energy_note"]).format(eq=f"{ELEC_EQ_F:.4f}"), style="small", tag="energy_note"))
    elif st == "e" and _O is not None:  # style o: its own note wording
        c.add(Para(c.rng.choice(_O["energy_note"]).format(eq=f"{ELEC_EQ_F:.4f}"), style="small", tag="energy_note"))
    elif st == "e" and _U is not None:  # style u: its own note wording
        c.add(Para(c.rng.choice(_U["energy_note"]).format(eq=f"{ELEC_EQ_F:.4f}"), style="small", tag="energy_note"))
    elif st == "e" and _AA is not None:  # styles aa, ag: their own note wording
        c.add(Para(c.rng.choice(_AA["energy_note"]).format(eq=f"{ELEC_EQ_F:.4f}"), style="small", tag="energy_note"))
    elif st == "e":
        c.add(Para(c.rng.choice([
            f"注：综合能耗按当量值口径计；等价值栏中电力按{ELEC_EQ_F:.4f} kgce/kWh（火电供电煤耗）折算，仅作对比参考。",
            f"说明：表中等价值一栏的电力折标系数取{ELEC_EQ_F:.4f} kgce/kWh，评价所用综合能耗均为当量值。",
            f"备注：电力等价值按{ELEC_EQ_F:.4f} kgce/kWh折算，其余能源品种当量值与等价值相同；正文所引综合能耗为当量值。"]),
            style="small", tag="energy_note"))
    return t


def years_table(c: Ctx, years, park: bool = False) -> Table:
    out_name = "工业增加值" if park else "工业总产值"
    int_name = "单位工业增加值综合能耗" if park else "单位产值综合能耗"
    if c.style == "a":
        rows = [["指标", "单位"] + [f"{y}年" for y in years],
                [out_name, "万元"] + [(f"val{i}", "{}") for i in (1, 2, 3)],
                ["综合能耗", "tce"] + [(f"tce{i}", "{}") for i in (1, 2, 3)],
                [int_name, "kgce/万元"] + [(f"int{i}", "{}") for i in (1, 2, 3)]]
    elif c.style == "d":
        for k in ("chg_val", "chg_tce", "chg_int"):
            c.val(k, "0")
        for k, x in d_derived(c.r).items():
            c.val(k, x)
        rows = [["指标", "单位"] + [f"{y}年" for y in years] + [f"变化率（{years[2]}年较{years[0]}年，%）"],
                [out_name, "万元"] + [(f"val{i}", "{}") for i in (1, 2, 3)] + [("chg_val", "{}")],
                ["综合能耗", "tce"] + [(f"tce{i}", "{}") for i in (1, 2, 3)] + [("chg_tce", "{}")],
                [int_name, "kgce/万元"] + [(f"int{i}", "{}") for i in (1, 2, 3)] + [("chg_int", "{}")]]
    elif c.style == "e":
        inline = c.lay["unit"] == "inline"

        def lab(name, unit):
            return name if inline else f"{name}（{unit}）"

        def cell(key, unit):
            return (key, "{}" + ("" if unit.startswith("万") else " ") + unit) if inline else (key, "{}")
        rows = [["指标"] + [f"{y}年" for y in years] + ["数据来源"],
                [lab(out_name, "万元")] + [cell(f"val{i}", "万元") for i in (1, 2, 3)]
                + [c.rng.choice(["统计年报", "统计报表（经核对）", "财务及统计报表"])],
                [lab("综合能耗（当量值）", "tce")] + [cell(f"tce{i}", "tce") for i in (1, 2, 3)]
                + [c.rng.choice(["能源消费台账", "能源统计报表", "结算凭证汇总"])],
                [lab(int_name, "kgce/万元")] + [cell(f"int{i}", "kgce/万元") for i in (1, 2, 3)]
                + [c.rng.choice(["计算值", "核查组复算", "按上两行计算"])]]
    elif c.style == "f":
        return _years_f(c, years, out_name, int_name)
    elif c.style == "c" and c.lay["years"] == "cols":
        rows = [["序号", "指标名称", "计量单位"] + [f"{y}年" for y in years] + ["备注"],
                ["1", out_name, "万元"] + [(f"val{i}", "{}") for i in (1, 2, 3)] + ["统计报表"],
                ["2", "综合能耗", "tce"] + [(f"tce{i}", "{}") for i in (1, 2, 3)] + ["当量值"],
                ["3", int_name, "kgce/万元"] + [(f"int{i}", "{}") for i in (1, 2, 3)] + ["计算值"]]
    elif c.style == "c":
        rows = [["年份", "综合能耗（tce）", f"{out_name}（万元）", f"{int_name}（kgce/万元）", "备注"]]
        for i, y in enumerate(years, 1):
            rows.append([f"{y}年", (f"tce{i}", "{}"), (f"val{i}", "{}"), (f"int{i}", "{}"),
                         "评价期末年" if i == 3 else "—"])
    else:
        rows = [["年度", f"{out_name}（万元）", "综合能源消费量（吨标准煤）", f"{int_name}（千克标准煤/万元）"]]
        for i, y in enumerate(years, 1):
            rows.append([f"{y}年度", (f"val{i}", "{}"), (f"tce{i}", "{}"), (f"int{i}", "{}")])
    t = c.T(rows, tag="years_table", widths=[2, 1.2, 1.1, 1.1, 1.1, 1.7] if c.style == "d" else
            [2.4, 1.2, 1.2, 1.2, 1.4] if c.style == "e" else None)
    c.r.refs["years_table"] = t
    return t


def _years_f(c: Ctx, years, out_name: str, int_name: str) -> Table:
    """Style f: one indicator as a sentence ("2023年、2024年、2025年分别为……"), the other two in a table."""
    names = {"val": out_name, "tce": "综合能源消费量", "int": int_name}
    units = {"val": "万元", "tce": "tce", "int": "kgce/万元"}
    sk = c.lay["ysent"]
    tmpl = c.rng.choice(YEARS_SENT_F)
    we = c.rng.choice(c.we_pool)
    text = f_years_text(tmpl, names[sk], units[sk], years, [c.r.values[f"{sk}{i}"] for i in (1, 2, 3)], we)
    p = c.add(Para(text, tag="years_sent"))
    for i in (1, 2, 3):
        c.r.mention(f"{sk}{i}", p)
    c.r.refs["years_sent"] = p
    c.r.facts["ysent"] = {"key": sk, "tmpl": tmpl, "name": names[sk], "unit": units[sk], "we": we}
    rows = [["指标名称", "计量单位"] + [f"{y}年" for y in years]]
    for k in ("val", "tce", "int"):
        if k != sk:
            rows.append([names[k], units[k]] + [(f"{k}{i}", "{}") for i in (1, 2, 3)])
    t = c.T(rows, tag="years_table", widths=[2.4, 1.2, 1.3, 1.3, 1.3])
    c.r.refs["years_table"] = t
    return t


def waste_table(c: Ctx, res: dict) -> Table:
    if c.style == "a":
        rows = [["固体废物类别", "产生量（t）", "综合利用量（t）", "利用/处置方式"]]
        for i, (cat, g, u) in enumerate(res["waste_rows"]):
            rows.append([cat, (f"wg_{i}", "{}"), (f"wu_{i}", "{}"), c.rng.choice(["外售再生利用", "厂家回收", "资源化利用"])])
        rows.append(["合计", ("waste_gen", "{}"), ("waste_use", "{}"), "—"])
    elif c.style == "c":
        rows = [["序号", "固体废物名称", "产生量（t）", "综合利用量（t）", "利用处置去向"]]
        for i, (cat, g, u) in enumerate(res["waste_rows"]):
            rows.append([str(i + 1), cat, (f"wg_{i}", "{}"), (f"wu_{i}", "{}"),
                         c.rng.choice(["交由再生资源企业回收", "由原供应商回收", "外售综合利用"])])
        rows.append(["—", "合计", ("waste_gen", "{}"), ("waste_use", "{}"), "—"])
    elif c.style == "d":
        for i in range(len(res["waste_rows"])):
            c.val(f"wr_{i}", "0")
        for k, x in d_derived(c.r).items():
            c.val(k, x)
        rows = [["固废类别", "产生量（t）", "综合利用量（t）", "利用率（%）"]]
        for i, (cat, g, u) in enumerate(res["waste_rows"]):
            rows.append([cat, (f"wg_{i}", "{}"), (f"wu_{i}", "{}"), (f"wr_{i}", "{}")])
        rows.append(["合计", ("waste_gen", "{}"), ("waste_use", "{}"), ("waste_rate", "{}")])
    elif c.style == "e":
        inline = c.lay["unit"] == "inline"
        tc = "{} t" if inline else "{}"
        rows = [["序号", "固废名称", "产生量" if inline else "产生量（t）", "综合利用量" if inline else "综合利用量（t）",
                 "利用去向"]]
        for i, (cat, g, u) in enumerate(res["waste_rows"]):
            rows.append([str(i + 1), cat, (f"wg_{i}", tc), (f"wu_{i}", tc),
                         c.rng.choice(["委托再生资源单位回收", "返供应商循环使用", "出售综合利用", "厂内回用"])])
        rows.append(["", "合计", ("waste_gen", tc), ("waste_use", tc), ("waste_rate", "综合利用率{}%")])
    elif c.style == "f":
        rows = [["固体废物种类", "产生量（t）", "综合利用量（t）", "利用去向"]]
        for i, (cat, g, u) in enumerate(res["waste_rows"]):
            rows.append([cat, (f"wg_{i}", "{}"), (f"wu_{i}", "{}"),
                         c.rng.choice(["交有资质单位再生利用", "由供应商回收复用", "外售综合利用", "厂内循环使用"])])
        rows.append(["小计", ("waste_gen", "{}"), ("waste_use", "{}"), "—"])
    else:
        rows = [["序号", "名称", "年产生量/吨", "年利用量/吨"]]
        for i, (cat, g, u) in enumerate(res["waste_rows"]):
            rows.append([str(i + 1), cat, (f"wg_{i}", "{}"), (f"wu_{i}", "{}")])
        rows.append(["", "总计", ("waste_gen", "{}"), ("waste_use", "{}")])
    t = c.T(rows, tag="waste_table")
    c.r.refs["waste_table"] = t
    return t


def score_table(c: Ctx, level1) -> Table:
    if c.style == "a":
        rows = [["一级指标", "满分", "得分"]]
        for i, (n, m) in enumerate(level1):
            rows.append([n, str(m), (f"score_{i}", "{}")])
        rows.append(["合计", "100", ("score_total", "{}")])
    elif c.style == "c":
        rows = [["序号", "评价指标", "分值", "得分"]]
        for i, (n, m) in enumerate(level1):
            rows.append([str(i + 1), n, str(m), (f"score_{i}", "{}")])
        rows.append(["—", "合计", "100", ("score_total", "{}")])
    elif c.style == "d":
        for i, (n, m) in enumerate(level1):
            for j, _ in enumerate(SUB_LEVEL2[n]):
                c.val(f"sub_{i}_{j}", "0")
        for k, x in d_derived(c.r).items():
            c.val(k, x)
        rows = [["一级指标", "二级指标", "满分", "得分"]]
        for i, (n, m) in enumerate(level1):
            rows.append([n, "", str(m), (f"score_{i}", "{}")])
            for j, (n2, m2) in enumerate(SUB_LEVEL2[n]):
                rows.append(["", n2, str(m2), (f"sub_{i}_{j}", "{}")])
        rows.append(["合计", "", "100", ("score_total", "{}")])
    elif c.style == "e":
        c.r.facts["ded_reasons"] = [c.rng.choice(DED_REASONS_E[n]) for n, _ in level1]
        for i, _ in enumerate(level1):
            c.val(f"ded_{i}", "")
        c.val("ded_total", "")
        for k, x in e_derived(c.r).items():
            c.val(k, x)
        rows = [["指标类别", "标准分", "实得分", "扣分说明"]]
        for i, (n, m) in enumerate(level1):
            rows.append([n, str(m), (f"score_{i}", "{}"), (f"ded_{i}", "{}")])
        rows.append(["合计", "100", ("score_total", "{}"), ("ded_total", "{}")])
    elif c.style == "f":
        for i, _ in enumerate(level1):
            c.val(f"srate_{i}", "0")
        c.val("srate_total", "0")
        for k, x in f_derived(c.r).items():
            c.val(k, x)
        rows = [["评价维度", "分值", "得分", "得分率(%)"]]
        for i, (n, m) in enumerate(level1):
            rows.append([n, str(m), (f"score_{i}", "{}"), (f"srate_{i}", "{}")])
        rows.append(["合计", "100", ("score_total", "{}"), ("srate_total", "{}")])
    else:
        rows = [["序号", "评价维度", "分值", "核定得分"]]
        for i, (n, m) in enumerate(level1):
            rows.append([str(i + 1), n, str(m), (f"score_{i}", "{}")])
        rows.append(["", "总分", "100", ("score_total", "{}")])
    t = c.T(rows, tag="score_table", widths=[1.6, 0.8, 0.8, 3.4] if c.style == "e" else None)
    c.r.refs["score_table"] = t
    return t


def basis_block(c: Ctx, items: list[str]) -> None:
    c.P("basis_intro", tag="basis_intro")
    if c.style == "f" and c.lay["basis"] == "circle":
        c.r.refs["basis"] = [c.add(Para(f"{CIRCLED[i]}{s}", tag="basis")) for i, s in enumerate(items, 1)]
    elif c.style == "f":
        c.r.refs["basis"] = [c.add(Para("主要包括：" + "；".join(items) + "。", tag="basis"))]
    elif c.style == "e" and c.lay["basis"] == "list":
        c.r.refs["basis"] = [c.add(Para(f"{i}）{s}", tag="basis")) for i, s in enumerate(items, 1)]
    elif c.style == "e":
        t = c.T([["序号", "依据文件", "性质", "适用内容"]]
                + [[str(i), s, basis_kind_e(s), basis_use_e(s)] for i, s in enumerate(items, 1)],
                tag="basis", widths=[0.7, 5, 1.3, 1.6])
        c.r.refs["basis"] = [t]
    elif c.style == "d" and c.lay["basis"] == "bracket":
        c.r.refs["basis"] = [c.add(Para(f"[{i}] {s}", tag="basis")) for i, s in enumerate(items, 1)]
    elif c.style == "d":
        stds = [s for s in items if s.startswith("GB")]
        pols = [s for s in items if not s.startswith("GB")]
        c.r.refs["basis"] = [c.add(Para("标准：" + "；".join(stds) + "。", tag="basis")),
                             c.add(Para("政策及规范性文件：" + "；".join(pols) + "。", tag="basis"))]
    elif c.style == "c" and c.lay["basis"] == "paren":
        ps = [c.add(Para(f"（{i}）{s}" + ("。" if i == len(items) else "；"), tag="basis"))
              for i, s in enumerate(items, 1)]
        c.r.refs["basis"] = ps
    elif c.style == "c":
        t = c.T([["序号", "依据名称及编号", "类别"]] + [[str(i), s, basis_kind(s)] for i, s in enumerate(items, 1)],
                tag="basis", widths=[0.8, 6, 1.4])
        c.r.refs["basis"] = [t]
    elif c.style == "a":
        if c.rng.random() < 0.5:
            p = c.add(Para("；".join(items) + "。", tag="basis"))
            c.r.refs["basis"] = [p]
        else:
            ps = [c.add(Para(f"{i}. {s}", tag="basis")) for i, s in enumerate(items, 1)]
            c.r.refs["basis"] = ps
    else:
        t = c.T([["序号", "标准编号/文件名称"]] + [[str(i), s] for i, s in enumerate(items, 1)], tag="basis", widths=[1, 6])
        c.r.refs["basis"] = [t]


CIRCLED = " " + "".join(chr(0x2460 + i) for i in range(20)) + "".join(chr(0x3251 + i) for i in range(15))


def basis_kind_e(item: str) -> str:
    if item.startswith("GB/T"):
        return "国家标准（推荐）"
    if item.startswith("GB"):
        return "国家标准（强制）"
    return "规范性文件"


BASIS_USE_E = {"36132": "评价指标及方法", "2589": "能耗折算", "17167": "能源计量核查", "24789": "水计量核查",
               "23331": "能源管理体系", "28001": "职业健康安全管理", "45001": "职业健康安全管理", "19001": "质量管理",
               "24001": "环境管理", "32150": "温室气体核算", "24067": "产品碳足迹", "4754": "行业归属判定",
               "18597": "危废贮存核查", "18599": "一般固废贮存核查", "12348": "厂界噪声", "24256": "生态设计",
               "18613": "电机能效", "33635": "供应链管理评价", "绿色园区": "园区评价指标", "供应链管理企业": "评价指标及方法",
               "梯度培育": "否决情形及申报条件", "产业结构": "淘汰类工艺设备判定", "能效标杆": "能效水平对标",
               "参考程序": "评价程序"}


def basis_use_e(item: str) -> str:
    return next((u for k, u in BASIS_USE_E.items() if k in item), "相关要求")


def basis_kind(item: str) -> str:
    if item.startswith("GB/T"):
        return "推荐性国家标准"
    if item.startswith("GB"):
        return "强制性国家标准"
    return "政策文件"


def commitment(c: Ctx, who: str, signer: str, seal: str, date: dt.date) -> None:
    title = {"tp": "第三方机构承诺", "self": "材料真实性承诺"}[who]
    h = c.H(1, title, tag="commitment", numbered=False)
    c.r.refs["commitment_heading"] = h
    c.P("commit_tp" if who == "tp" else "commit_self", tag="commit_text")
    if c.style == "f":
        s = c.add(Para(f"法定代表人（签章）：{signer}", style="sign", tag="commit_sign"))
        se = c.add(Para(f"单位名称（盖章）：{seal}", style="sign", tag="commit_seal"))
        d = c.add(Para(f"承诺时间：{c.f.date(date)}", style="sign", tag="commit_date"))
    elif c.style == "e":
        s = c.add(Para(f"{'机构法定代表人' if who == 'tp' else '企业法定代表人'}签名：{signer}", style="sign",
                       tag="commit_sign"))
        se = c.add(Para(f"盖章：{seal}", style="sign", tag="commit_seal"))
        d = c.add(Para(f"落款日期：{c.f.date(date)}", style="sign", tag="commit_date"))
    elif c.style == "d":
        s = c.add(Para(f"授权签字人：{signer}", style="sign", tag="commit_sign"))
        se = c.add(Para(f"盖章单位：{seal}", style="sign", tag="commit_seal"))
        d = c.add(Para(f"日期：{c.f.date(date)}", style="sign", tag="commit_date"))
    elif c.style == "c":
        s = c.add(Para(f"法定代表人或授权代表（签字）：{signer}", style="sign", tag="commit_sign"))
        se = c.add(Para(f"承诺单位（盖章）：{seal}", style="sign", tag="commit_seal"))
        d = c.add(Para(f"签署日期：{c.f.date(date)}", style="sign", tag="commit_date"))
    elif c.style == "a":
        lab_sign = "法人代表签字：" if who == "tp" else "法定代表人（签字）："
        s = c.add(Para(f"{lab_sign}{signer}", style="sign", tag="commit_sign"))
        se = c.add(Para(f"单位公章：{seal}（盖章）", style="sign", tag="commit_seal"))
        d = c.add(Para(f"日期：{c.f.date(date)}", style="sign", tag="commit_date"))
    else:
        s = c.add(Para(f"法定代表人（签名）：{signer}", style="sign", tag="commit_sign"))
        se = c.add(Para(f"（公章）{seal}", style="sign", tag="commit_seal"))
        d = c.add(Para(c.f.date(date), style="sign", tag="commit_date"))
    c.r.mention("report_date", d)
    c.r.refs.update(commit_sign=s, commit_seal=se, commit_date=d)
    if who == "tp":
        c.r.mention("agency_rep", s)
    else:
        c.r.mention("legal_rep", s)
    c.BR()


def cover(c: Ctx, title: str, lines: list[str], date: dt.date) -> None:
    c.add(Para(title, style="title", tag="cover_title"))
    for ln in lines:
        p = c.add(Para(ln, style="subtitle", tag="cover_line"))
        if c.r.values.get("company") and c.r.values["company"] in ln:
            c.r.mention("company", p)
        if c.r.values.get("agency") and c.r.values["agency"] in ln:
            c.r.mention("agency", p)
    c.add(Para("工业和信息化部制" if c.rng.random() < 0.4 else "厦门市工业和信息化局制", style="subtitle", tag="cover_issuer"))
    dtext = {"a": c.f.cn_date(date), "b": f"{date.year}年{date.month}月", "c": f"编制日期：{c.f.date(date)}",
             "d": f"报告日期：{c.f.date(date)}", "e": f"出具日期：{c.f.date(date)}",
             "f": f"报告出具时间：{c.f.date(date)}"}[c.style]
    d = c.add(Para(dtext, style="subtitle", tag="cover_date"))
    c.r.refs["cover_date"] = d
    c.BR()


# --------------------------------------------------------------------------- factory
FACTORY_INDICATORS = [
    ("能源低碳化", "单位产值综合能耗", "{Y3}年{int3} kgce/万元，逐年下降", "能源"),
    ("能源低碳化", "可再生能源使用比例", "光伏发电占比{pv_share}%", "光伏"),
    ("能源低碳化", "能源计量器具配备", "三级计量配备满足要求", "能源"),
    ("能源低碳化", "节能技术及设备应用", "实施空压机变频、LED照明改造", "节能"),
    ("能源低碳化", "温室气体核算", "已开展{Y3}年度核算", "碳"),
    ("资源高效化", "工业用水重复利用率", "{water_rate}%", "水"),
    ("资源高效化", "单位产值取水量", "{water_int} m³/万元", "水"),
    ("资源高效化", "一般工业固体废物综合利用率", "{waste_rate}%", "固废"),
    ("资源高效化", "绿色采购", "建立绿色采购制度", "体系"),
    ("生产洁净化", "污染物达标排放", "废水、废气、噪声达标", "排放"),
    ("生产洁净化", "危险废物规范处置", "全部委托有资质单位处置", "危废"),
    ("生产洁净化", "清洁生产", "已完成清洁生产审核", "排放"),
    ("产品绿色化", "生态设计", "开展主要产品生态设计", "产品"),
    ("产品绿色化", "产品碳足迹", "完成主要产品碳足迹核算", "产品"),
    ("产品绿色化", "有害物质限制使用", "满足限值要求", "产品"),
    ("用地集约化", "容积率", "{far}", "用地"),
    ("用地集约化", "建筑系数", "{cover_rate}%", "用地"),
    ("用地集约化", "单位用地面积产值", "{land_out}万元/m²", "用地"),
]

def _register_indicator_table(c: "Ctx", t: Table, regs: list, cols: dict) -> Table:
    """Register the indicator table and where each value stands (injectors find and change them there)."""
    for k, i in regs:
        c.r.mention(k, t, (i, cols["val"]))
    c.r.refs["indicator_table"] = t
    c.r.facts.setdefault("layout", {})["ind_cols"] = cols
    return t


INDICATOR_VAL_C = {
    "单位产值综合能耗": "{Y3}年度为{int3} kgce/万元，评价期内持续下降", "可再生能源使用比例": "屋顶光伏发电占总用电量{pv_share}%",
    "能源计量器具配备": "进出用能单位、次级用能单位计量配备齐全", "节能技术及设备应用": "已实施变频调速及高效照明改造",
    "温室气体核算": "已完成{Y3}年度排放核算", "工业用水重复利用率": "{water_rate}%", "单位产值取水量": "{water_int} m³/万元",
    "一般工业固体废物综合利用率": "{waste_rate}%", "绿色采购": "已制定绿色采购管理规定并执行",
    "污染物达标排放": "委托监测结果均达标", "危险废物规范处置": "委托持证单位处置，联单齐全", "清洁生产": "清洁生产审核已通过评估",
    "生态设计": "主要产品已开展生态设计", "产品碳足迹": "主要产品碳足迹已核算", "有害物质限制使用": "检测结果满足限量要求",
    "容积率": "{far}", "建筑系数": "{cover_rate}%", "单位用地面积产值": "{land_out}万元/平方米",
}

INDICATOR_VAL_A: dict = {}  # style a keeps FACTORY_INDICATORS wording; style k swaps its own in (see _build_k)

INDICATOR_VAL_B = {
    "单位产值综合能耗": "{int3}千克标准煤/万元（{Y3}年度）", "可再生能源使用比例": "绿电占比{pv_share}%",
    "能源计量器具配备": "三级计量齐全", "节能技术及设备应用": "变频及照明改造已完成", "温室气体核算": "{Y3}年度已核算",
    "绿色采购": "已制定采购准则", "污染物达标排放": "监测数据达标", "危险废物规范处置": "持证单位处置",
    "清洁生产": "审核已验收", "生态设计": "主导产品已开展", "产品碳足迹": "已量化", "有害物质限制使用": "检测合格",
    "单位用地面积产值": "{land_out}万元/平方米", "单位产值取水量": "{water_int}立方米/万元",
}

BASIC_REQ_ROWS = [
    "依法设立，在建设和生产过程中遵守有关法律法规、政策和标准",
    "近三年无较大及以上安全、环保、质量等事故",
    "最高管理者对绿色工厂创建作出承诺并明确职责",
    "设立绿色工厂管理机构，配备相应人员",
    "制定绿色工厂中长期规划及年度目标、指标和实施方案",
    "建立、实施并保持质量、环境、职业健康安全和能源管理体系",
    "按GB 17167配备、使用和管理能源计量器具",
    "按GB/T 24789配备、使用和管理水计量器具",
    "不使用国家明令淘汰的落后工艺和设备",
    "开展员工绿色低碳教育培训",
]


def indicator_table(c: Ctx, self_kind: bool) -> Table:
    d = c.fields()
    if c.style == "c":
        return _indicator_table_c(c, self_kind)
    if c.style == "d":
        return _indicator_table_d(c, self_kind)
    if c.style == "e":
        return _indicator_table_e(c, self_kind)
    if c.style == "f":
        return _indicator_table_f(c, self_kind)
    if c.style == "a":
        head = ["一级指标", "二级指标", "指标值/评价情况", "是否符合", "证明材料索引"]
    else:
        head = ["维度", "评价项", "核查情况", "结论", "佐证材料"]
    rows = [head]
    regs = []
    for l1, l2, val, evk in FACTORY_INDICATORS:
        if c.style == "b":
            val = INDICATOR_VAL_B.get(l2, val)
        if c.style == "a":
            val = INDICATOR_VAL_A.get(l2, val)
        text, keys = c.fmt_text(val)
        regs += [(k, len(rows)) for k in keys]
        rows.append([l1, l2, text, "符合" if c.style == "a" else "满足", ev(evk)])
    t = c.T(rows, tag="indicator_table", widths=[1.3, 2, 2.4, 0.8, 1.3])
    for k, i in regs:
        c.r.mention(k, t, (i, 2))
    c.r.refs["indicator_table"] = t
    return t


def _indicator_table_c(c: Ctx, self_kind: bool) -> Table:
    remark = c.lay["ind"] == "remark"
    if remark:
        head = ["序号", "一级指标", "二级指标", "评价情况", "判定", "证明材料", "备注"]
        cols = {"name": 2, "val": 3, "ev": 5}
    else:
        head = ["一级指标", "二级指标", "实际完成情况", "符合性判定", "证明材料编号"]
        cols = {"name": 1, "val": 2, "ev": 4}
    rows, regs = [head], []
    for n, (l1, l2, val, evk) in enumerate(FACTORY_INDICATORS, 1):
        text, keys = c.fmt_text(INDICATOR_VAL_C.get(l2, val))
        regs += [(k, len(rows)) for k in keys]
        verdict = "自评符合" if self_kind else "符合"
        if remark:
            rows.append([str(n), l1, l2, text, verdict, ev(evk),
                         c.rng.choice(["现场核实", "文件审查", "—", "—"])])
        else:
            rows.append([l1, l2, text, verdict, ev(evk)])
    t = c.T(rows, tag="indicator_table",
            widths=[0.6, 1.2, 2, 2.4, 0.8, 1.3, 0.9] if remark else [1.3, 2, 2.4, 0.9, 1.3])
    return _register_indicator_table(c, t, regs, cols)


INDICATOR_VAL_D = {
    "单位产值综合能耗": "{int3} kgce/万元（{Y3}年），逐年下降", "可再生能源使用比例": "PV发电占比{pv_share}%",
    "能源计量器具配备": "一、二、三级计量均已配置", "节能技术及设备应用": "空压群控、LED改造已投用",
    "温室气体核算": "{Y3}年核算报告已出具", "工业用水重复利用率": "{water_rate}%", "单位产值取水量": "{water_int} m³/万元",
    "一般工业固体废物综合利用率": "{waste_rate}%", "绿色采购": "绿色采购规定已发布",
    "污染物达标排放": "废水、废气、噪声监测达标", "危险废物规范处置": "持证单位处置，联单可查",
    "清洁生产": "清洁生产审核已通过", "生态设计": "主要产品完成生态设计评估", "产品碳足迹": "主要产品碳足迹报告已出",
    "有害物质限制使用": "检测合格", "容积率": "{far}", "建筑系数": "{cover_rate}%",
    "单位用地面积产值": "{land_out}万元/m²",
}


def _indicator_table_d(c: Ctx, self_kind: bool) -> Table:
    head = ["序号", "二级指标", "一级指标", "数据/现状", "材料编号", "结论"]
    cols = {"name": 1, "val": 3, "ev": 4}
    rows, regs = [head], []
    for n, (l1, l2, val, evk) in enumerate(FACTORY_INDICATORS, 1):
        text, keys = c.fmt_text(INDICATOR_VAL_D.get(l2, val))
        regs += [(k, len(rows)) for k in keys]
        rows.append([f"{n:02d}", l2, l1, text, ev(evk), "自评满足" if self_kind else "满足"])
    t = c.T(rows, tag="indicator_table", widths=[0.6, 2, 1.2, 2.4, 1.3, 0.9])
    return _register_indicator_table(c, t, regs, cols)


INDICATOR_VAL_E = {
    "单位产值综合能耗": "经复算{Y3}年为{int3} kgce/万元，较前两年下降", "可再生能源使用比例": "光伏发电量占总用电量{pv_share}%（经核查）",
    "能源计量器具配备": "三级计量网络经抽查齐备", "节能技术及设备应用": "变频、余热利用等技改已被验收",
    "温室气体核算": "{Y3}年度排放已被核算并出具报告", "工业用水重复利用率": "{water_rate}%",
    "单位产值取水量": "{water_int} m³/万元", "一般工业固体废物综合利用率": "{waste_rate}%",
    "绿色采购": "绿色采购制度已被发布实施", "污染物达标排放": "委托监测结果经核查均达标",
    "危险废物规范处置": "持证单位处置，转移联单经核对完整", "清洁生产": "清洁生产审核评估已被通过",
    "生态设计": "主要产品生态设计评估已被完成", "产品碳足迹": "主要产品碳足迹已被量化",
    "有害物质限制使用": "检测结果经核查满足限量", "容积率": "{far}", "建筑系数": "{cover_rate}%",
    "单位用地面积产值": "{land_out}万元/m²",
}


def _indicator_table_e(c: Ctx, self_kind: bool) -> Table:
    head = ["项号", "一级指标", "二级指标", "核查情况", "核查结论", "证据索引"]
    cols = {"name": 2, "val": 3, "ev": 5}
    rows, regs = [head], []
    cats: list[str] = []
    sub = 0
    for l1, l2, val, evk in FACTORY_INDICATORS:
        if l1 not in cats:
            cats.append(l1)
            sub = 0
        sub += 1
        text, keys = c.fmt_text(INDICATOR_VAL_E.get(l2, val))
        regs += [(k, len(rows)) for k in keys]
        rows.append([f"{len(cats)}.{sub}", l1, l2, text, "自查符合" if self_kind else "核查符合", ev(evk)])
    t = c.T(rows, tag="indicator_table", widths=[0.6, 1.2, 2, 2.6, 0.9, 1.3])
    return _register_indicator_table(c, t, regs, cols)


INDICATOR_VAL_F = {
    "单位产值综合能耗": "{Y3}年为{int3} kgce/万元，三年逐年下降，情况属实", "可再生能源使用比例": "光伏发电量占用电量{pv_share}%",
    "能源计量器具配备": "按三级计量要求配备，抽查未见缺项", "节能技术及设备应用": "变频调速、余热回收等改造已验收投用",
    "温室气体核算": "已按GB/T 32150完成{Y3}年度核算", "工业用水重复利用率": "{water_rate}%（按用水台账计算）",
    "单位产值取水量": "{water_int} m³/万元", "一般工业固体废物综合利用率": "{waste_rate}%（按固废台账计算）",
    "绿色采购": "绿色采购管理办法已印发执行", "污染物达标排放": "委托监测结果全部达标，情况属实",
    "危险废物规范处置": "交有资质单位处置，联单齐全", "清洁生产": "清洁生产审核已通过评估验收",
    "生态设计": "主要产品已完成生态设计评估", "产品碳足迹": "主要产品碳足迹报告已编制",
    "有害物质限制使用": "检测结果符合限量要求", "容积率": "{far}", "建筑系数": "{cover_rate}%",
    "单位用地面积产值": "{land_out}万元/m²",
}


def _indicator_table_f(c: Ctx, self_kind: bool) -> Table:
    head = ["序号", "评价指标", "所属类别", "审核情况", "审核意见", "佐证材料"]
    cols = {"name": 1, "val": 3, "ev": 5}
    rows, regs = [head], []
    for n, (l1, l2, val, evk) in enumerate(FACTORY_INDICATORS, 1):
        text, keys = c.fmt_text(INDICATOR_VAL_F.get(l2, val))
        regs += [(k, len(rows)) for k in keys]
        verdict = (_L["ind_verdict"][self_kind] if _L is not None else  # style l: its own verdict words
                   "自评满足要求" if self_kind else "予以确认")
        rows.append([str(n), l2, l1, text, verdict, ev(evk)])
    t = c.T(rows, tag="indicator_table", widths=[0.6, 2, 1.2, 2.6, 1, 1.3])
    return _register_indicator_table(c, t, regs, cols)


BASIC_REQ_ROWS_F = [
    "依法设立并正常经营，建设和生产过程遵守国家和地方法律法规、产业政策及标准规范",
    "近三年未发生较大及以上安全、环境、质量事故", "最高管理者已书面承诺创建绿色工厂，职责分工已明确",
    "已正式发文设立绿色工厂工作机构，并配备专门人员", "已编制绿色工厂中长期规划、年度目标及实施方案",
    "质量、环境、职业健康安全和能源管理体系已建立并保持有效运行", "能源计量器具的配备、使用和管理满足GB 17167要求",
    "水计量器具的配备、使用和管理满足GB/T 24789要求", "未使用国家明令淘汰的落后生产工艺和设备",
    "已按计划组织员工开展绿色低碳教育培训",
]

BASIC_REQ_ROWS_E = [
    "依法设立、合规经营，建设及生产过程遵守法律法规、产业政策和标准", "近三年内未发生较大及以上安全、环保、质量事故",
    "最高管理者已签署绿色工厂创建承诺，职责已被明确", "绿色工厂工作机构已被发文设立，人员已被指定",
    "中长期规划、年度目标指标及实施方案已被制定", "质量、环境、职业健康安全、能源四项管理体系经认证并有效运行",
    "能源计量器具按GB 17167配备、使用和管理", "水计量器具按GB/T 24789配备、使用和管理",
    "未使用国家明令淘汰的落后工艺、设备", "员工绿色低碳教育培训已被按计划组织",
]

BASIC_REQ_ROWS_D = [
    "依法注册并持续合规经营，遵守法律法规、产业政策及标准", "近三年无较大及以上安全、环保、质量事故记录",
    "最高管理者签署绿色工厂创建承诺并分配职责", "已发文成立绿色工厂工作机构，人员到位",
    "绿色工厂中长期规划、年度目标及实施方案齐备", "质量、环境、职业健康安全、能源（ISO 50001）体系运行有效",
    "能源计量器具配备与管理对照GB 17167核实无缺项", "水计量器具配备与管理对照GB/T 24789核实无缺项",
    "在用工艺、设备均不属国家明令淘汰类", "年度绿色低碳培训计划已执行",
]

BASIC_REQ_ROWS_C = [
    "依法设立并合法存续，建设及生产过程遵守相关法律法规、政策和标准", "近三年未发生较大及以上安全、环保、质量事故",
    "最高管理者就绿色工厂创建作出书面承诺并明确职责分工", "设立绿色工厂工作机构并配备专门人员",
    "制定绿色工厂中长期规划及年度目标和实施方案", "质量、环境、职业健康安全及能源管理体系有效运行",
    "能源计量器具的配备和管理满足GB 17167要求", "水计量器具的配备和管理满足GB/T 24789要求",
    "未使用国家明令淘汰的落后生产工艺及设备", "定期组织员工开展绿色低碳培训教育",
]

BASIC_REQ_ROWS_B = [
    "合法设立并合规经营", "近三年未发生较大及以上安全、环境、质量事故", "管理层书面承诺建设绿色工厂",
    "设有绿色工厂工作机构及专职人员", "有中长期规划和年度目标", "四大管理体系有效运行",
    "能源计量器具配备符合GB 17167", "水计量器具配备符合GB/T 24789", "未使用淘汰类工艺与设备", "组织绿色低碳培训",
]


def basic_req_table(c: Ctx) -> Table:
    if c.style == "f":
        rows = [["序号", "基本要求", "审核方式", "审核意见"]]
        for i, q in enumerate(BASIC_REQ_ROWS_F, 1):
            how = (_L["req_how"][c.f_self] if _L is not None else  # style l: its own check-method words
                   ["查阅资料", "现场查看", "查阅资料、现场查看"])
            rows.append([str(i), q, c.rng.choice(how), "符合"])
        return c.T(rows, tag="basic_req_table", widths=[0.6, 4.6, 1.6, 0.8])
    if c.style == "e":
        rows = [["项号", "核查要点", "核查方法", "结论"]]
        for i, q in enumerate(BASIC_REQ_ROWS_E, 1):
            rows.append([f"{i}.", q, c.rng.choice(["资料核查", "现场核查", "资料核查＋现场核查"]), "符合"])
        return c.T(rows, tag="basic_req_table", widths=[0.6, 4.6, 1.6, 0.7])
    if c.style == "d":
        rows = [["条款", "基本要求", "核实结果", "证据类型"]]
        for i, q in enumerate(BASIC_REQ_ROWS_D, 1):
            rows.append([f"{i:02d}", q, "满足", c.rng.choice(["文件", "现场", "文件+现场"])])
        return c.T(rows, tag="basic_req_table", widths=[0.6, 4.6, 0.9, 1.2])
    if c.style == "c":
        rows = [["序号", "基本要求条款", "核查方式", "判定"]]
        for i, q in enumerate(BASIC_REQ_ROWS_C, 1):
            rows.append([str(i), q, c.rng.choice(["文件审查", "现场核实", "文件审查及现场核实"]), "符合"])
        return c.T(rows, tag="basic_req_table", widths=[0.6, 4.6, 1.6, 0.8])
    rows = [["序号", "基本要求", "评价情况"] if c.style == "a" else ["编号", "要求", "核查结论"]]
    for i, q in enumerate(BASIC_REQ_ROWS if c.style == "a" else BASIC_REQ_ROWS_B, 1):
        rows.append([str(i), q, "符合" if c.style == "a" else "满足"])
    return c.T(rows, tag="basic_req_table", widths=[0.6, 5, 1.2])


def basic_info_table(c: Ctx, ent: dict, agency: dict | None, kind: str, typ: str) -> Table:
    """4-column (style a) or 2-column (style b) basic information table."""
    v = c.r.values
    ent_label = {"factory": "工厂", "park": "园区", "supply_chain": "企业"}[typ]
    name_label = {"factory": "工厂名称", "park": "园区名称", "supply_chain": "企业名称"}[typ]
    items: list[tuple[str, object]] = [(name_label, ("company", "{}")), (f"{ent_label}地址", ("address", "{}"))]
    if typ != "park":
        items += [("所属行业", ("industry_code", "{} " + v["industry_name"])), ("主要产品", ent["products"]),
                  ("单位性质", "☑" + ent["nature"]), ("统一社会信用代码", ("uscc", "{}")),
                  ("法定代表人", ("legal_rep", "{}"))]
    else:
        items += [("园区级别", ent["level"]), ("管理机构", ent["manager_org"]), ("统一社会信用代码", ("uscc", "{}")),
                  ("园区负责人", ("legal_rep", "{}"))]
    items += [("申报工作联系部门", ent["dept"]), ("联系人", ent["contact"]), ("联系电话", ent["phone"]),
              ("电子邮箱", ent["email"])]
    blocks = [(f"一、{ent_label}基本信息", items)]
    if agency:
        blocks.append(("二、第三方机构信息", [
            ("第三方机构名称", ("agency", "{}")), ("第三方机构地址", agency["address"]),
            ("机构法定代表人", ("agency_rep", "{}")), ("法定代表人电话", agency["legal_phone"]),
            ("机构联系人", agency["contact"]), ("联系人电话", agency["contact_phone"]),
            ("报告编制负责人", agency["lead"]), ("负责人电话", agency["lead_phone"])]))
    res_title = ("三、" if agency else "二、") + f"绿色{ent_label if typ != 'supply_chain' else '供应链管理企业'}" + (
        "评价结果" if agency else "自评价结果")
    blocks.append((res_title, [("基本要求", {"c": "■符合 □不符合", "d": "符合√ 不符合□",
                                           "e": "[√]符合 [ ]不符合", "f": "√符合 □不符合"}.get(c.style, "☑符合 □不符合")),
                               ("指标得分", ("score_total", "{}")),
                               ("受评价方主要亮点" if agency else "主要亮点", ("highlight", "{}"))]))
    rows: list[list] = []
    field_rows: dict[str, int] = {}
    if c.style == "d":
        return _basic_info_tables_d(c, blocks, agency, ent_label)
    if c.style == "e":
        return _basic_info_paras_e(c, blocks)
    if c.style == "f":
        return _basic_info_tables_f(c, blocks, agency, ent_label)
    if c.style == "c":
        titles = {blocks[0][0]: f"（一）受评价{ent_label}基本情况"}
        if agency:
            titles[blocks[1][0]] = "（二）第三方评价机构基本情况"
        titles[blocks[-1][0]] = ("（三）" if agency else "（二）") + ("评价结果" if agency else "自评价结果")
        hl = ("受评价方主要亮点", "主要亮点")
        if c.lay["basic"] == 6:
            for title, its in blocks:
                rows.append([titles[title]] * 6)
                i = 0
                while i < len(its):
                    if its[i][0] in hl:
                        lab, val = its[i]
                        rows.append([lab] + [val] * 5)
                        field_rows[lab] = len(rows) - 1
                        i += 1
                        continue
                    grp = []
                    while i < len(its) and len(grp) < 3 and its[i][0] not in hl:
                        grp.append(its[i])
                        i += 1
                    row: list = []
                    for lab, val in grp:
                        row += [lab, val]
                        field_rows[lab] = len(rows)
                    row += [""] * (6 - len(row))
                    rows.append(row)
            t = c.T(rows, header_rows=0, tag="basic_table", widths=[1.2, 1.9, 1.2, 1.9, 1.2, 1.9])
        else:
            for title, its in blocks:
                rows.append([titles[title], ""])
                for lab, val in its:
                    rows.append([lab, val])
                    field_rows[lab] = len(rows) - 1
            t = c.T(rows, header_rows=0, tag="basic_table", widths=[1.6, 4])
    elif c.style == "a":
        for title, its in blocks:
            rows.append([title] * 4)
            i = 0
            while i < len(its):
                lab, val = its[i]
                if lab in ("受评价方主要亮点", "主要亮点"):
                    rows.append([lab, val, lab, val])
                    field_rows[lab] = len(rows) - 1
                    i += 1
                    continue
                if i + 1 < len(its) and its[i + 1][0] not in ("受评价方主要亮点", "主要亮点"):
                    lab2, val2 = its[i + 1]
                    rows.append([lab, val, lab2, val2])
                    field_rows[lab] = len(rows) - 1
                    field_rows[lab2] = len(rows) - 1
                    i += 2
                else:
                    rows.append([lab, val, lab, val])
                    field_rows[lab] = len(rows) - 1
                    i += 1
        t = c.T(rows, header_rows=0, tag="basic_table", widths=[1.3, 2.2, 1.3, 2.2])
    else:
        for title, its in blocks:
            rows.append([title.split("、", 1)[1], ""])
            for lab, val in its:
                rows.append([lab, val])
                field_rows[lab] = len(rows) - 1
        t = c.T(rows, header_rows=0, tag="basic_table", widths=[1.4, 4])
    c.r.refs["basic_table"] = t
    c.r.refs["basic_rows"] = field_rows
    return t


def _basic_info_tables_d(c: Ctx, blocks, agency, ent_label: str) -> Table:
    """Style d: the basic information is split into separate tables (企业信息 / 机构信息 + 评价结果), each
    with a caption paragraph and columns 序号 | 项目 | 内容."""
    groups = [(f"表1 {ent_label}信息", list(blocks[0][1]))]
    if agency:
        groups.append(("表2 评价机构信息及评价结果", list(blocks[1][1]) + list(blocks[2][1])))
    else:
        groups[0][1].extend(blocks[-1][1])
    field_rows: dict[str, int] = {}
    by_label: dict[str, Table] = {}
    tables = []
    for cap, its in groups:
        c.add(Para(cap, style="center", tag="basic_caption"))
        rows: list[list] = [["序号", "项目", "内容"]]
        for n, (lab, val) in enumerate(its, 1):
            rows.append([str(n), lab, val])
            field_rows[lab] = len(rows) - 1
        t = c.T(rows, header_rows=1, tag="basic_table", widths=[0.6, 1.8, 4])
        for lab, _ in its:
            by_label[lab] = t
        tables.append(t)
    c.r.refs["basic_table"] = tables[0]
    c.r.refs["basic_rows"] = field_rows
    c.r.refs["basic_tables"] = by_label
    c.r.refs["basic_tables_all"] = tables
    return tables[0]


def _basic_info_paras_e(c: Ctx, blocks) -> None:
    """Style e: the basic information is a key-value list of paragraphs ("工厂名称：……"), same fields, no table."""
    paras: dict[str, Para] = {}
    for title, its in blocks:
        c.add(Para("【" + title.split("、", 1)[1] + "】", style="center", tag="basic_group"))
        for lab, val in its:
            if isinstance(val, tuple):
                key, tmpl = val
                p = c.add(Para(f"{lab}：" + tmpl.format(c.r.values[key]), style="kv", tag="basic_field"))
                c.r.mention(key, p)
            else:
                p = c.add(Para(f"{lab}：{val.lstrip('☑')}", style="kv", tag="basic_field"))
            paras[lab] = p
    c.r.refs["basic_paras"] = paras
    c.r.refs["basic_rows"] = {}
    return None


def _f_width(label: str, value: str) -> float:
    """Style f horizontal tables: column weight from the value's visual length (CJK 1, ASCII ~0.56); identifiers
    (codes, phones, e-mails) are never squeezed, Chinese text wraps beyond 5 characters, the highlight gets room."""
    if label in ("受评价方主要亮点", "主要亮点"):
        return 10.0
    cjk = sum(1 for ch in value if ord(ch) > 0x2E80)
    w = cjk + 0.56 * (len(value) - cjk) + 0.6
    return max(2.6, min(w, 5.0) if cjk else w)


def _basic_info_tables_f(c: Ctx, blocks, agency, ent_label: str) -> Table:
    """Style f: the basic information as horizontal 2-row tables (labels in row 1, values in row 2), split over two
    tables: the entity, then the agency (third-party reports) and the evaluation result."""
    groups = [(f"表一　申报{ent_label}基本信息", list(blocks[0][1]))]
    if agency:
        groups.append(("表二　第三方评价机构信息及评价结果", list(blocks[1][1]) + list(blocks[2][1])))
    else:
        groups.append(("表二　自评价结果", list(blocks[-1][1])))
    by_label: dict[str, Table] = {}
    tables = []
    for cap, its in groups:
        c.add(Para(cap, style="center", tag="basic_caption"))
        labels = [lab for lab, _ in its]
        vals = [val.lstrip("☑") if isinstance(val, str) else val for _, val in its]
        t = c.T([labels, vals], header_rows=1, tag="basic_table")
        t.widths = [_f_width(lab, cell) for lab, cell in zip(labels, t.rows[1])]
        for lab in labels:
            by_label[lab] = t
        tables.append(t)
    c.r.refs["basic_table"] = tables[0]
    c.r.refs["basic_rows"] = {}
    c.r.refs["basic_tables"] = by_label
    c.r.refs["basic_tables_all"] = tables
    return tables[0]


F_COVER = {("factory", "third_party"): ("受评对象：{n}", "出具单位：{a}"),
           ("factory", "self"): ("填报单位：{n}", "属地：福建省厦门市"),
           ("park", "third_party"): ("受评园区：{n}", "出具单位：{a}"),
           ("supply_chain", "third_party"): ("受评企业：{n}", "出具单位：{a}")}


def _cover_f(typ: str, kind: str, ent, agency) -> list[str]:
    return [x.format(n=ent["name"], a=agency["name"] if agency else "") for x in F_COVER[(typ, kind)]]


E_COVER = {("factory", "third_party"): ("被核查单位：{n}", "核查机构：{a}"),
           ("factory", "self"): ("自评价单位：{n}", "所在地：福建省厦门市"),
           ("park", "third_party"): ("被核查园区：{n}", "核查机构：{a}"),
           ("supply_chain", "third_party"): ("被核查企业：{n}", "核查机构：{a}")}


def _cover_e(typ: str, kind: str, ent, agency) -> list[str]:
    return [x.format(n=ent["name"], a=agency["name"] if agency else "") for x in E_COVER[(typ, kind)]]


VETO_ITEMS_E = [("安全（含网络安全、数据安全）、质量、环境污染事故", "应急管理、生态环境等部门公开信息"),
                ("偷税漏税等违法违规行为", "信用中国"), ("被列入经营异常名录", "国家企业信用信息公示系统"),
                ("被列入失信被执行人名单", "中国执行信息公开网"), ("连续停产满12个月", "能源及产值台账"),
                ("被列入工业节能监察整改名单", "工业和信息化部门公开通报"),
                ("国家或省级督查检查中被发现严重问题", "主管部门督查通报"), ("被调出绿色制造名单", "绿色制造名单公告")]
VETO_ITEMS_PARK_E = [("重大安全、环境污染事故", "应急管理、生态环境部门公开信息"),
                     ("重大生态破坏事件", "生态环境部门通报"), ("被列入工业节能监察整改名单", "工业和信息化部门公开通报"),
                     ("督查检查中被发现严重问题", "主管部门督查通报")]


def veto_table_e(c: Ctx, park: bool = False) -> None:
    if c.style != "e":
        return
    rows = [["序号", "否决情形", "查证途径", "查证结果"]]
    for i, (item, src) in enumerate(VETO_ITEMS_PARK_E if park else VETO_ITEMS_E, 1):
        rows.append([str(i), item, src, c.rng.choice(_O["veto_none"] if _O is not None else _U["veto_none"] if _U is not None else _AA["veto_none"] if _AA is not None else ["未发现", "不涉及"])])
    c.T(rows, tag="veto_table", widths=[0.6, 3.4, 2.6, 1])


def verify_table_e(c: Ctx) -> None:
    if c.style != "e":
        return
    items = [("能源消费量", "结算凭证与能源报表比对", "逐月全数"), ("工业总产值", "统计报表与财务报表比对", "年度全数"),
             ("取水量", "水费票据与计量台账比对", "按季度抽样"), ("一般工业固体废物", "台账与出厂过磅单比对", "按月抽样"),
             ("危险废物", "转移联单与处置合同比对", "全数"), ("计量器具", "检定/校准证书核对", "按区域抽样")]
    rows = [["核查事项", "核查方式", "抽样方式", "核查结论"]]
    for it, how, smp in items:
        rows.append([it, how, smp, c.rng.choice(["一致", "相符", "一致，可追溯"])])
    c.T(rows, tag="verify_table", widths=[1.6, 2.8, 1.3, 1.3])


def water_table_e(c: Ctx) -> None:
    if c.style != "e":
        return
    inline = c.lay["unit"] == "inline"
    items = [("取新水量", "water_in", "m³", "水费票据"), ("重复利用水量", "water_re", "m³", "水平衡测试报告"),
             ("工业用水重复利用率", "water_rate", "%", "计算值"), ("单位产值取水量", "water_int", "m³/万元", "计算值")]
    rows: list[list] = [["指标", "核定值", "数据来源"]]
    for name, key, unit, src in items:
        if inline:
            rows.append([name, (key, "{}" + ("" if unit == "%" else " ") + unit), src])
        else:
            rows.append([f"{name}（{unit}）", (key, "{}"), src])
    c.T(rows, tag="water_table", widths=[2.4, 1.6, 1.8])


def build_factory(rng: random.Random, style: str, kind: str, entity_name: str | None = None,
                  report_date: dt.date | None = None, long: bool = False, industry_code: str | None = None) -> Report:
    r = Report(blocks=[])
    c = Ctx(rng, style, r)
    c.set_subject("factory", kind)
    ind = next((x for x in E.INDUSTRIES if x[0] == industry_code), None)
    ent = E.make_company(rng, industry=ind, name=entity_name)
    ent["founded"] = rng.randint(1998, 2019)
    ent["staff"] = rng.randint(60, 1800)
    agency = E.make_agency(rng) if kind == "third_party" else None
    rd = report_date or pick_report_date(rng)
    dates = make_dates(rng, rd)
    years = [rd.year - 3, rd.year - 2, rd.year - 1]
    gy, gf = grid_for(rd)
    r.facts.update(type="factory", kind=kind, style=style, years=years, dates=dates, grid_year=gy, grid_factor=gf,
                   threshold=THRESHOLD, level1=FACTORY_LEVEL1, entity=ent, agency=agency)
    ef = energy_facts(rng, style, years)
    scores = make_scores(rng, FACTORY_LEVEL1)
    r.facts.update(energy=ef, scores=scores)
    set_common_values(c, ent, agency, dates, years, ef, scores, FACTORY_LEVEL1, kind, {})
    res = resource_facts(c, ef, years)
    r.facts["res"] = res
    stds = std_list(rd)
    r.facts["stds"] = stds
    basis_std = stds["36132"][0] + stds["36132"][1]
    c.extra.update(basis_std=basis_std, level=rng.choice(["厦门市级", "省级", "国家级"]),
                   honor=rng.choice(HONORS), certs=rng.choice(CERTS), products=ent["products"],
                   process=ent["process"], equipment=ent["equipment"], founded=str(ent["founded"]),
                   staff=str(ent["staff"]), train=str(rng.randint(80, 1500)), permit=ent["uscc"] + f"{rng.randint(1, 3):03d}" + rng.choice("PVUQ"))  # noqa: E501
    r.values["permit"] = c.extra.pop("permit")
    if agency:
        c.extra.update(lead=agency["lead"], members="、".join(agency["team"][1:]), team_n=str(len(agency["team"])),
                       reviewer=agency["reviewer"], agency_staff=str(agency["staff"]),
                       agency_projects=str(agency["projects"]))
    c.val("highlight", make_highlight(c))
    tp = kind == "third_party"
    f = c.f

    # ---- cover / basic table / commitment
    if tp:
        title = "绿色工厂第三方评价报告"
        cover(c, title, _cover_e("factory", kind, ent, agency) if style == "e" else
              _cover_f("factory", kind, ent, agency) if style == "f" else
              [f"受评价单位：{ent['name']}", f"评价机构：{agency['name']}"] if style == "c" else
              [f"被评价单位：{ent['name']}", f"评价单位：{agency['name']}"] if style == "d" else
              [f"工厂名称：{ent['name']}", f"第三方评价机构：{agency['name']}"], rd)
    else:
        title = "绿色工厂自评价报告"
        cover(c, title, _cover_e("factory", kind, ent, agency) if style == "e" else
              _cover_f("factory", kind, ent, agency) if style == "f" else
              [f"申报单位（盖章）：{ent['name']}", "所在地区：福建省厦门市"] if style == "c" else
              [f"申报企业：{ent['name']}", "地区：福建省厦门市"] if style == "d" else
              [f"申报单位：{ent['name']}", "所在省市：福建省厦门市"], rd)
    r.meta = _meta(rng, rd, dates, author=(agency["lead"] if tp else ent["contact"]),
                   company=(agency["name"] if tp else ent["name"]), title=f"{ent['name']}{title}")
    c.H(1, "基本信息表", tag="basic", numbered=False)
    basic_info_table(c, ent, agency, kind, "factory")
    if not tp:
        brief = _L["brief"] if _L is not None else _N["brief"] if _N is not None else _O["brief"] if _O is not None else _U["brief"] if _U is not None else _AA["brief"] if _AA is not None else {"c": "企业简况：", "d": "公司简介：", "e": "本厂概况：", "f": "我单位简介："}.get(style, "单位简介：")
        c.add(Para(brief + c.fmt_text(rng.choice(c.bank["profile"]))[0], tag="intro_brief"))
        c.r.mention("company", r.blocks[-1]); c.r.mention("uscc", r.blocks[-1]); c.r.mention("legal_rep", r.blocks[-1])
    c.BR()
    if tp:
        commitment(c, "tp", agency["legal_rep"], agency["name"], rd)
    else:
        commitment(c, "self", ent["legal_rep"], ent["name"], rd)

    if tp:
        _factory_tp_body(c, ent, agency, years, ef, res, stds, long)
    else:
        _factory_self_body(c, ent, years, ef, res, stds, long)
    r.truth = _truth(r, style, "factory", kind, ent, agency, rd)
    return r


def schedule_table(c: Ctx) -> None:
    """Style c: work schedule with dates in table format (2026.03.20 / 2026-03-20)."""
    if c.style == "e":
        return _schedule_table_e(c)
    if c.style != "c":
        return
    d, f = c.r.facts["dates"], c.f
    for k in ("doc_start", "site_start", "site_end", "review_date", "report_date"):
        c.val(f"t_{k}", f.tdate(d[k]))
    c.P(c.rng.choice(_N["sched"] if _N is not None else  # style n: its own intro wording
                     ["评价工作主要时间节点如下表所示：", "本项目各阶段工作的起止时间安排见下表：",
                      "评价各阶段的实施时间汇总如下："]), raw=True, tag="schedule_intro")
    c.T([["工作阶段", "开始日期", "结束日期", "主要工作内容"],
         ["文件审查", ("t_doc_start", "{}"), "—", "审阅自评价报告及证明材料"],
         ["现场评价", ("t_site_start", "{}"), ("t_site_end", "{}"), "现场察看、人员询问、资料抽查"],
         ["内部审核", ("t_review_date", "{}"), "—", "报告技术审核"],
         ["报告出具", ("t_report_date", "{}"), "—", "出具正式评价报告"]], tag="schedule_table")


def _schedule_table_e(c: Ctx) -> None:
    """Style e: milestone table (one date per row)."""
    d, f = c.r.facts["dates"], c.f
    for k in ("doc_start", "site_start", "site_end", "review_date", "report_date"):
        c.val(f"t_{k}", f.tdate(d[k]))
    c.T([["序号", "工作节点", "日期", "形成记录"],
         ["1", "书面资料核查启动", ("t_doc_start", "{}"), "资料签收清单"],
         ["2", "现场核查开始", ("t_site_start", "{}"), "首次会议签到表"],
         ["3", "现场核查结束", ("t_site_end", "{}"), "末次会议纪要"],
         ["4", "质量复核", ("t_review_date", "{}"), "复核记录单"],
         ["5", "报告出具", ("t_report_date", "{}"), "核查报告"]], tag="schedule_table", widths=[0.6, 2.2, 1.5, 2])


def _basis_items(c: Ctx, stds: dict, typ: str = "factory") -> list[str]:
    rng = c.rng
    keys = ["36132", "2589"] + rng.sample(["17167", "24789", "23331", "45001", "19001", "24001", "32150", "24067",
                                           "4754", "18597", "18599", "12348", "24256", "18613"], rng.randint(6, 10))
    if typ != "factory":
        keys.remove("36132")
    items = [stds[k][0] + stds[k][1] for k in keys]
    items += rng.sample(POLICY_DOCS[1:], rng.randint(1, 3))
    items.insert(2, POLICY_DOCS[0])
    c.r.facts["basis_keys"] = keys
    return items


def _energy_section(c: Ctx, years, ef, res, self_kind: bool = False):
    c.P("energy", tag="energy_text")
    c.r.refs["energy_text"] = c.r.blocks[-1]
    energy_table(c, ef)
    c.P("intensity", tag="intensity_text")
    c.P("perf_intro")
    years_table(c, years)
    c.P("co2", tag="co2_text")
    c.r.refs["co2_text"] = c.r.blocks[-1]
    c.P("pv", tag="pv_text")
    c.r.refs["pv_text"] = c.r.blocks[-1]
    c.P("energy_mgmt")
    _savings_table(c, res)


def _savings_table(c: Ctx, res):
    rng, f = c.rng, c.f
    if c.style == "f":
        projects = rng.sample(["空压机房集中控制及变频改造", "厂区照明LED节能改造", "生产线余热回收利用", "冷却水循环泵变频改造",
                               "能源管理中心建设", "注塑设备伺服节能改造", "屋顶分布式光伏电站", "蒸汽冷凝水回收改造"], 3)
        rows = [["序号", "项目名称", "实施年份", "年节能量（tce）", "投资额（万元）"]]
        ys = c.r.facts["years"]
        for i, p in enumerate(projects):
            save = _r(rng.uniform(8, 160), 1)
            c.val(f"save_{i}", f.n(save, 1))
            rows.append([str(i + 1), p, f"{rng.choice(ys)}年", (f"save_{i}", "{}"), f.n(rng.randint(20, 900))])
        c.r.refs["savings_table"] = c.T(rows, tag="savings_table")
        return
    if c.style == "e":
        projects = rng.sample(["空压系统集中控制改造", "照明系统LED替换", "工业炉窑烟气余热利用", "循环冷却水泵变频",
                               "能耗在线监测系统", "注塑机伺服电机替换", "厂房屋面光伏发电", "蒸汽凝结水回收利用"], 3)
        rows = [["序号", "技改项目", "投运年度", "投资额（万元）", "年节能量（tce）", "节能量确认方式"]]
        ys = c.r.facts["years"]
        for i, p in enumerate(projects):
            save = _r(rng.uniform(8, 160), 1)
            c.val(f"save_{i}", f.n(save, 1))
            rows.append([str(i + 1), p, f"{rng.choice(ys)}年", f.n(rng.randint(20, 900)), (f"save_{i}", "{}"),
                         rng.choice(["项目验收报告", "节能量审核报告", "改造前后能耗对比测算"])])
        c.r.refs["savings_table"] = c.T(rows, tag="savings_table")
        return
    if c.style == "d":
        projects = rng.sample(["空压站智能群控", "LED及智能照明", "窑炉/烘箱余热回收", "冷却塔变频", "能源在线监测平台",
                               "伺服节能改造", "屋顶PV电站", "蒸汽冷凝水回用"], 3)
        rows = [["技改项目", "投用年份", "年节能量（tce）", "投资（万元）", "状态"]]
        ys = c.r.facts["years"]
        for i, p in enumerate(projects):
            save = _r(rng.uniform(8, 160), 1)
            c.val(f"save_{i}", f.n(save, 1))
            rows.append([p, f"{rng.choice(ys)}年", (f"save_{i}", "{}"), f.n(rng.randint(20, 900)),
                         rng.choice(["已验收", "运行中", "已验收"])])
        c.r.refs["savings_table"] = c.T(rows, tag="savings_table")
        return
    if c.style == "c":
        projects = rng.sample(["空压站群控及变频改造", "车间照明节能改造", "工艺余热梯级利用", "循环水泵变频调速改造",
                               "能源在线监测系统建设", "注塑机电磁加热改造", "屋顶分布式光伏项目", "冷凝水闭式回收改造"], 3)
        rows = [["序号", "节能技改项目名称", "实施年度", "项目投资（万元）", "年节能量（tce）"]]
        ys = c.r.facts["years"]
        for i, p in enumerate(projects):
            save = _r(rng.uniform(8, 160), 1)
            c.val(f"save_{i}", f.n(save, 1))
            inv = f.n(rng.randint(20, 900))
            rows.append([str(i + 1), p, f"{rng.choice(ys)}年", inv, (f"save_{i}", "{}")])
        c.r.refs["savings_table"] = c.T(rows, tag="savings_table")
        return
    projects = rng.sample(["空压机变频改造", "LED照明改造", "余热回收利用", "冷却塔风机变频", "能源管控平台建设",
                           "注塑机伺服改造", "分布式光伏建设", "蒸汽冷凝水回收"], 3)
    rows = [["项目名称", "投资（万元）", "年节能量（tce）", "实施年份"] if c.style == "a"
            else ["节能项目", "投资额/万元", "年节能量/吨标准煤", "完成年度"]]
    ys = c.r.facts["years"]
    for i, p in enumerate(projects):
        save = _r(rng.uniform(8, 160), 1)
        c.val(f"save_{i}", f.n(save, 1))
        rows.append([p, f.n(rng.randint(20, 900)), (f"save_{i}", "{}"), str(rng.choice(ys))])
    t = c.T(rows, tag="savings_table")
    c.r.refs["savings_table"] = t


def _resource_section(c: Ctx, res):
    c.P("water", tag="water_text")
    water_table_e(c)
    c.P("water_mgmt")
    c.P("waste", tag="waste_text")
    waste_table(c, res)
    c.P("haz", tag="haz_text")


def _factory_tp_body(c: Ctx, ent, agency, years, ef, res, stds, long):
    r, rng = c.r, c.rng
    h = c.H(1, "概述", tag="ch:overview")
    c.H(2, "评价目的")
    c.P("purpose")
    c.H(2, "评价范围")
    c.P("scope")
    c.H(2, "评价依据", tag="basis_h")
    basis_block(c, _basis_items(c, stds))
    c.H(2, "受评价方基本情况")
    c.P("profile", tag="profile")
    r.refs["profile"] = r.blocks[-1]
    c.P("profile2")
    c.P("profile3")
    c.BR()
    c.H(1, "评价过程和方法", tag="ch:process")
    c.H(2, "评价组织")
    c.P("org")
    c.P("plan")
    c.H(2, "文件评审")
    c.P("doc_review")
    c.H(2, "现场评价")
    c.P("site", tag="site_text")
    r.refs["site_text"] = r.blocks[-1]
    schedule_table(c)
    c.P("interview")
    c.H(2, "报告编写及内部技术复核")
    c.P("review")
    c.BR()
    c.H(1, "评价内容", tag="ch:content")
    c.H(2, "否决条件核查", tag="veto_h")
    c.P("veto", tag="veto")
    veto_table_e(c)
    c.H(2, "基本要求", tag="basicreq_h")
    c.P("basic_req", tag="basic_req")
    c.H(2, "基础设施")
    c.P("infra")
    c.P("infra2")
    c.H(2, "管理体系")
    c.P("mgmt")
    c.P("mgmt2")
    c.H(2, "能源低碳化", tag="energy_h")
    _energy_section(c, years, ef, res)
    c.H(2, "资源高效化")
    _resource_section(c, res)
    c.H(2, "生产洁净化")
    c.P("clean")
    c.P("env2")
    c.H(2, "产品绿色化")
    c.P("product")
    c.H(2, "用地集约化")
    c.P("land", tag="land_text")
    c.H(2, "数据真实性核查")
    c.P("metering")
    verify_table_e(c)
    if long:
        _long_filler(c, years)
    c.H(2, "评分结果", tag="score_h")
    c.P("score_intro")
    score_table(c, FACTORY_LEVEL1)
    c.H(2, "自评价报告中存在的问题")
    c.P("self_issue")
    c.BR()
    c.H(1, "评价结论", tag="ch:conclusion")
    c.P("conclusion", tag="conclusion")
    r.refs["conclusion"] = r.blocks[-1]
    c.P("conclusion2")
    c.H(1, "建议")
    for s in rng.sample(c.bank["suggest"], 2):
        c.add(Para(s, tag="suggest"))
    c.BR()
    refs_section(c, years, "参考文件")
    c.H(1, "第三方机构资质符合性证明材料")
    c.P("qual")
    c.BR()
    c.H(1, {"a": "附表1 绿色工厂基本要求符合性评价表", "b": "附表A 基本要求核查表",
           "c": "附件表一 绿色工厂基本要求逐项核查表", "d": "附录A 基本要求核实记录",
           "e": "附录一 基本要求逐项核查表", "f": "附件一　基本要求审核表"}[c.style] if _L is None else _L["app"]["tp1"], tag="app1", numbered=False)
    basic_req_table(c)
    c.H(1, {"a": "附表2 绿色工厂评价指标评价表", "b": "附表B 评价指标核查表",
           "c": "附件表二 绿色工厂评价指标核查表", "d": "附录B 评价指标核实记录",
           "e": "附录二 评价指标核查表", "f": "附件二　评价指标审核表"}[c.style] if _L is None else _L["app"]["tp2"], tag="app2", numbered=False)
    indicator_table(c, False)


def _factory_self_body(c: Ctx, ent, years, ef, res, stds, long):
    r, rng = c.r, c.rng
    c.H(1, "工厂基本情况", tag="ch:overview")
    c.P("self_intro")
    c.P("profile", tag="profile")
    r.refs["profile"] = r.blocks[-1]
    c.P("profile2")
    c.P("profile3")
    c.H(2, "评价依据", tag="basis_h")
    basis_block(c, _basis_items(c, stds))
    c.BR()
    c.H(1, "绿色工厂创建情况", tag="ch:content")
    c.H(2, "否决条件自查", tag="veto_h")
    c.P("veto", tag="veto")
    veto_table_e(c)
    c.H(2, "基本要求", tag="basicreq_h")
    c.P("basic_req", tag="basic_req")
    c.H(2, "基础设施")
    c.P("infra")
    c.P("infra2")
    c.H(2, "管理体系")
    c.P("mgmt")
    c.P("mgmt2")
    c.H(2, "能源资源投入", tag="energy_h")
    _energy_section(c, years, ef, res, True)
    _resource_section(c, res)
    c.H(2, "产品")
    c.P("product")
    c.H(2, "环境排放")
    c.P("clean")
    c.P("env2")
    c.H(2, "绩效")
    c.P("land", tag="land_text")
    if long:
        _long_filler(c, years)
    c.P("score_intro")
    score_table(c, FACTORY_LEVEL1)
    c.BR()
    c.H(1, "自评价结论", tag="ch:conclusion")
    c.P("self_conclusion", tag="conclusion")
    r.refs["conclusion"] = r.blocks[-1]
    c.P("conclusion2")
    c.H(1, "存在的问题及下一步计划")
    c.P("self_problem")
    c.P("self_plan")
    c.BR()
    refs_section(c, years, "证明材料清单")
    c.BR()
    c.H(1, {"a": "附表1 一般要求符合性自评表", "b": "附表A 基本要求自查表",
           "c": "附件表一 基本要求自评价表", "d": "附录A 基本要求自查记录",
           "e": "附录一 基本要求自查表", "f": "附件一　基本要求自评表（我单位填报）"}[c.style] if _L is None else _L["app"]["self1"], tag="app1", numbered=False)
    basic_req_table(c)
    c.H(1, {"a": "附表2 评价指标自评表", "b": "附表B 评价指标自查表",
           "c": "附件表二 评价指标自评价表", "d": "附录B 评价指标自查记录",
           "e": "附录二 评价指标自查表", "f": "附件二　评价指标自评表（我单位填报）"}[c.style] if _L is None else _L["app"]["self2"], tag="app2", numbered=False)
    indicator_table(c, True)


def _long_filler(c: Ctx, years):
    """Extra numbered sub-chapters for the ~100-page fixture."""
    rng, f = c.rng, c.f
    areas = ["生产车间", "空压站", "配电房", "冷却循环水系统", "污水处理站", "危废暂存间", "一般固废仓库", "仓储物流区",
             "办公楼", "食堂及宿舍", "研发中心", "质检中心", "消防泵房"]
    checks = ["计量器具配备", "设备能效", "运行记录", "环保设施", "台账管理", "人员培训", "应急管理", "节能措施",
              "节水措施", "固废管理", "照明系统", "制度执行", "数据追溯", "现场标识", "整改落实"]
    n = 0
    for area in areas:
        c.H(2, f"{area}专项核查")
        for chk in checks:
            n += 1
            c.H(3, f"{area}{chk}核查")
            for k in rng.sample(["infra", "infra2", "mgmt", "mgmt2", "metering", "product", "env2", "water_mgmt"], 3):
                c.add(Para(c.fmt_text(rng.choice(c.bank[k]))[0], tag="filler"))
            rows = [["检查项", "核查方法", "核查结果"]]
            for j in range(rng.randint(3, 6)):
                rows.append([f"{area}{chk}检查项{j + 1}", rng.choice(["现场查看", "资料抽查", "人员访谈", "仪表比对"]),
                             rng.choice(["符合", "符合", "基本符合，已整改"])])
            c.T(rows, tag="filler")
    if False:
        for k in ("infra", "mgmt", "metering", "product"):
            c.add(Para(rng.choice(c.bank[k]), tag="filler"))
        rows = [["检查项", "核查方法", "核查结果"]]
        for j in range(6):
            rows.append([f"{area}检查项{j + 1}", rng.choice(["现场查看", "资料抽查", "人员访谈", "仪表比对"]),
                         rng.choice(["符合", "符合", "基本符合，已整改"])])
        c.T(rows, tag="filler")


# --------------------------------------------------------------------------- park & supply chain
def build_park(rng: random.Random, style: str, kind: str = "third_party") -> Report:
    r = Report(blocks=[])
    c = Ctx(rng, style, r)
    c.set_subject("park", kind)
    ent = E.make_park(rng)
    agency = E.make_agency(rng)
    rd = pick_report_date(rng)
    dates = make_dates(rng, rd)
    years = [rd.year - 3, rd.year - 2, rd.year - 1]
    gy, gf = grid_for(rd)
    r.facts.update(type="park", kind=kind, style=style, years=years, dates=dates, grid_year=gy, grid_factor=gf,
                   threshold=THRESHOLD, level1=PARK_LEVEL1, entity=ent, agency=agency)
    ef = energy_facts(rng, style, years, scale=20, park=True)
    scores = make_scores(rng, PARK_LEVEL1)
    r.facts.update(energy=ef, scores=scores)
    set_common_values(c, ent, agency, dates, years, ef, scores, PARK_LEVEL1, kind, {})
    res = resource_facts(c, ef, years, land_scale=3)
    r.facts["res"] = res
    stds = std_list(rd)
    r.facts["stds"] = stds
    gdp = round(ef["vals"][2] / rng.uniform(0.58, 0.86))
    share = _r(ef["vals"][2] / gdp * 100, 1)
    r.facts["park"] = {"gdp": gdp, "share": share}
    r.values["permit"] = "园区集中式污水处理厂排污许可证" + E.make_uscc(rng, "350200")[:-1] + "001V"
    c.val("gdp", c.f.n(gdp))
    c.val("ind_share", c.f.n(share, 1))
    c.extra.update(lead=agency["lead"], members="、".join(agency["team"][1:]), team_n=str(len(agency["team"])),
                   reviewer=agency["reviewer"], agency_staff=str(agency["staff"]),
                   agency_projects=str(agency["projects"]),
                   basis_std="《绿色园区评价要求》（工信厅节函〔2016〕586号附件）", certs="ISO 14001", honor="",
                   train=str(rng.randint(80, 900)), equipment="集中供热管网、污水处理厂、光伏电站")
    c.val("highlight", make_highlight(c))
    cover(c, "绿色园区第三方评价报告", _cover_e("park", kind, ent, agency) if style == "e" else
          _cover_f("park", kind, ent, agency) if style == "f" else
          [f"受评价园区：{ent['name']}", f"评价机构：{agency['name']}"] if style == "c" else
          [f"被评价园区：{ent['name']}", f"评价单位：{agency['name']}"] if style == "d" else
          [f"园区名称：{ent['name']}", f"第三方评价机构：{agency['name']}"], rd)
    r.meta = _meta(rng, rd, dates, author=agency["lead"], company=agency["name"],
                   title=f"{ent['name']}绿色园区第三方评价报告")
    c.H(1, "基本信息表", tag="basic", numbered=False)
    basic_info_table(c, ent, agency, kind, "park")
    c.BR()
    commitment(c, "tp", agency["legal_rep"], agency["name"], rd)
    a, cc, dd, ee, ff = style == "a", style == "c", style == "d", style == "e", style == "f"
    c.H(1, "评价园区情况介绍", tag="ch:overview")
    c.P(rng.choice([
        "受{company}管理机构委托，{agency}依据《绿色园区评价要求》对园区开展绿色园区第三方评价，为申报绿色工业园区提供依据。",
        "为核实园区绿色化建设成效，{agency}对{company}{Y1}—{Y3}年绿色园区建设情况进行了独立评价。",
        "本次评价旨在对照绿色园区评价指标体系，客观反映{company}在能源利用、资源利用、基础设施、产业、生态环境和运行管理方面的绿色化水平。",
    ] if a and _K is None else _K["park"]["purpose"] if _K is not None else PARK_C["purpose"] if cc else PARK_D["purpose"] if dd else PARK_E["purpose"] if ee else PARK_F["purpose"] if ff else
        _J["park"]["purpose"] if _J is not None else [
        "核查目的：判定{company}是否达到绿色园区标准，并向园区管理机构提出改进意见。",
        "{agency}受托核查{company}绿色园区建设数据，出具独立核查意见。",
        "本报告用于说明{company}绿色园区核查的过程、发现与结论。",
    ]), raw=True)
    c.H(2, "评价依据", tag="basis_h")
    items = ["《绿色园区评价要求》（工信厅节函〔2016〕586号附件）"] + _basis_items(c, stds, "park")
    basis_block(c, items)
    c.H(2, "园区概况", tag="profile_h")
    p = c.P(("{company}位于厦门市{district}，为{level}园区，管理机构为{org}。{Y3}年园区实现工业增加值{val3}万元，"
             "地区生产总值{gdp}万元，工业增加值占比{ind_share}%。园区主导产业包括电子信息、机械装备和新材料。")
            if a and _K is None else rng.choice(_K["park"]["profile"]) if _K is not None else rng.choice(PARK_C["profile"]) if cc else rng.choice(PARK_D["profile"]) if dd else
            rng.choice(PARK_E["profile"]) if ee else rng.choice(PARK_F["profile"]) if ff else
            rng.choice(_J["park"]["profile"]) if _J is not None else
            ("园区名称{company}，级别{level}，管理机构{org}。{Y3}年度：工业增加值{val3}万元／园区生产总值{gdp}万元，"
             "工业增加值比重{ind_share}%。"), raw=True, tag="profile",
            district=ent["district"], level=ent["level"], org=ent["manager_org"])
    r.refs["profile"] = p
    c.BR()
    c.H(1, "评价过程描述", tag="ch:process")
    c.P("org")
    c.P("plan")
    c.P("doc_review")
    c.P("site", tag="site_text")
    r.refs["site_text"] = r.blocks[-1]
    schedule_table(c)
    c.P("review")
    c.H(1, "评价内容", tag="ch:content")
    c.H(2, "否决条件核查", tag="veto_h")
    c.P(("经查询，园区及园区内重点企业近三年未发生重大安全、环境污染事故，未被列入工业节能监察整改名单，"
         "未在督查检查中被发现存在严重问题，不存在否决条件。") if a and _K is None else
        rng.choice(_K["park"]["veto"]) if _K is not None else rng.choice(PARK_C["veto"]) if cc else
        rng.choice(PARK_D["veto"]) if dd else rng.choice(PARK_E["veto"]) if ee else rng.choice(PARK_F["veto"]) if ff else
        rng.choice(_J["park"]["veto"]) if _J is not None else
        "否决项核查结论：园区近三年无重大安全、环境事故及其他否决情形。", raw=True, tag="veto")
    veto_table_e(c, park=True)
    c.H(2, "基本要求", tag="basicreq_h")
    c.P(("园区近三年未发生重大污染事故或重大生态破坏事件，完成国家或地方政府下达的节能减排任务，"
         "园区重点企业污染物排放满足排放标准和总量控制要求。基本要求全部符合。") if a and _K is None else
        rng.choice(_K["park"]["basic_req"]) if _K is not None else rng.choice(PARK_C["basic_req"]) if cc else
        rng.choice(PARK_D["basic_req"]) if dd else rng.choice(PARK_E["basic_req"]) if ee else rng.choice(PARK_F["basic_req"]) if ff else
        rng.choice(_J["park"]["basic_req"]) if _J is not None else
        "园区基本要求核查：节能减排任务完成，重点企业达标排放，结论为满足。", raw=True, tag="basic_req")
    c.H(2, "能源利用绿色化", tag="energy_h")
    c.P(rng.choice([
        "{Y3}年园区规模以上工业企业综合能耗{tce3} tce，其中电力{elec}万kWh，天然气{gas}万m³，电力按当量值折算。",
        "经核查园区能源统计数据，{Y3}年园区工业企业消耗电力{elec}万kWh、天然气{gas}万m³，综合能耗合计{tce3} tce。",
        "园区能源消费以电力和天然气为主，{Y3}年用电{elec}万kWh、用气{gas}万m³，综合能耗{tce3} tce。",
    ] if a and _K is None else _K["park"]["energy"] if _K is not None else PARK_C["energy"] if cc else PARK_D["energy"] if dd else PARK_E["energy"] if ee else PARK_F["energy"] if ff else
        _J["park"]["energy"] if _J is not None else [
        "能源消费：{Y3}年度园区工业用电{elec} kWh、天然气{gas} m³，综合能源消费量{tce3}吨标准煤。",
        "园区{Y3}年度综合能源消费量{tce3}吨标准煤（电力{elec} kWh，天然气{gas} m³）。",
        "{Y3}年度园区用能：电{elec} kWh，气{gas} m³，折标准煤{tce3}吨。",
    ]), raw=True, tag="energy_text")
    r.refs["energy_text"] = r.blocks[-1]
    energy_table(c, ef)
    years_table(c, years, park=True)
    c.P("co2", tag="co2_text")
    r.refs["co2_text"] = r.blocks[-1]
    c.P("pv", tag="pv_text")
    r.refs["pv_text"] = r.blocks[-1]
    _savings_table(c, res)
    c.H(2, "资源利用绿色化")
    _resource_section(c, res)
    c.H(2, "基础设施及生态环境")
    c.P("infra")
    c.P("clean")
    c.P("land", tag="land_text")
    c.H(2, "评分结果", tag="score_h")
    c.P("score_intro")
    score_table(c, PARK_LEVEL1)
    c.H(1, "评价结论", tag="ch:conclusion")
    c.P(rng.choice([
        "{company}满足绿色园区基本要求，评价指标得分{score_total}分，符合绿色园区评价要求。",
        "综上，{company}基本要求全部符合，综合得分{score_total}分，达到绿色园区评价要求。",
        "经评价，{company}基本要求符合，指标得分{score_total}分，评价结论为符合。",
    ] if a and _K is None else _K["park"]["conclusion"] if _K is not None else PARK_C["conclusion"] if cc else PARK_D["conclusion"] if dd else PARK_E["conclusion"] if ee else PARK_F["conclusion"] if ff else
        _J["park"]["conclusion"] if _J is not None else [
        "核查结论：{company}基本要求满足，得分{score_total}分，判定为符合绿色园区要求。",
        "{company}核定得分{score_total}分，基本要求满足，结论：符合。",
        "依据核查结果，{company}得分{score_total}分且满足全部基本要求，达到绿色园区标准。",
    ]), raw=True, tag="conclusion")
    r.refs["conclusion"] = r.blocks[-1]
    c.P("conclusion2")
    c.H(1, "有关建议")
    for s in rng.sample(c.bank["suggest"], 2):
        c.add(Para(s, tag="suggest"))
    refs_section(c, years, "参考文件清单")
    c.H(1, "第三方机构资质符合性证明材料")
    c.P("qual")
    r.truth = _truth(r, style, "park", kind, ent, agency, rd)
    return r


def build_supply_chain(rng: random.Random, style: str, kind: str = "third_party") -> Report:
    r = Report(blocks=[])
    c = Ctx(rng, style, r)
    c.set_subject("supply_chain", kind)
    ent = E.make_company(rng)
    ent["founded"] = rng.randint(1995, 2015)
    ent["staff"] = rng.randint(300, 5000)
    agency = E.make_agency(rng)
    rd = pick_report_date(rng)
    dates = make_dates(rng, rd)
    years = [rd.year - 3, rd.year - 2, rd.year - 1]
    gy, gf = grid_for(rd)
    r.facts.update(type="supply_chain", kind=kind, style=style, years=years, dates=dates, grid_year=gy,
                   grid_factor=gf, threshold=THRESHOLD, level1=SC_LEVEL1, entity=ent, agency=agency)
    ef = energy_facts(rng, style, years, scale=2)
    scores = make_scores(rng, SC_LEVEL1)
    r.facts.update(energy=ef, scores=scores)
    set_common_values(c, ent, agency, dates, years, ef, scores, SC_LEVEL1, kind, {})
    res = resource_facts(c, ef, years)
    r.facts["res"] = res
    stds = std_list(rd)
    r.facts["stds"] = stds
    basis_std = "GB/T 33635-2017《绿色制造 制造企业绿色供应链管理 导则》"
    c.extra.update(lead=agency["lead"], members="、".join(agency["team"][1:]), team_n=str(len(agency["team"])),
                   reviewer=agency["reviewer"], agency_staff=str(agency["staff"]),
                   agency_projects=str(agency["projects"]), basis_std=basis_std, level="厦门市级",
                   honor=rng.choice(HONORS), certs=rng.choice(CERTS), products=ent["products"],
                   process=ent["process"], equipment=ent["equipment"], founded=str(ent["founded"]),
                   staff=str(ent["staff"]), train=str(rng.randint(80, 1500)))
    r.values["permit"] = ent["uscc"] + "001" + rng.choice("PVUQ")
    c.val("highlight", make_highlight(c))
    a, cc, dd, ee, ff = style == "a", style == "c", style == "d", style == "e", style == "f"
    cover(c, "绿色供应链管理企业第三方评价报告", _cover_e("supply_chain", kind, ent, agency) if style == "e" else
          _cover_f("supply_chain", kind, ent, agency) if style == "f" else
          [f"受评价单位：{ent['name']}", f"评价机构：{agency['name']}"] if style == "c" else
          [f"被评价单位：{ent['name']}", f"评价单位：{agency['name']}"] if style == "d" else
          [f"企业名称：{ent['name']}", f"第三方评价机构：{agency['name']}"], rd)
    r.meta = _meta(rng, rd, dates, author=agency["lead"], company=agency["name"],
                   title=f"{ent['name']}绿色供应链管理企业第三方评价报告")
    c.H(1, "基本信息表", tag="basic", numbered=False)
    basic_info_table(c, ent, agency, kind, "supply_chain")
    c.BR()
    commitment(c, "tp", agency["legal_rep"], agency["name"], rd)
    c.H(1, "概述", tag="ch:overview")
    c.P(rng.choice([
        "受{company}委托，{agency}依据{basis_std}对其开展绿色供应链管理企业第三方评价。",
        "为客观评价{company}绿色供应链管理水平，{agency}按照{basis_std}开展了第三方评价。",
        "本次评价的目的是核实{company}绿色供应链管理实施情况，为其申报绿色供应链管理企业提供依据。",
    ] if a and _K is None else _K["sc"]["purpose"] if _K is not None else SC_C["purpose"] if cc else SC_D["purpose"] if dd else SC_E["purpose"] if ee else SC_F["purpose"] if ff else
        _J["sc"]["purpose"] if _J is not None else [
        "核查目的：判定{company}是否达到绿色供应链管理企业要求。",
        "{agency}受托依照{basis_std}核查{company}绿色供应链管理绩效。",
        "本报告记录{company}绿色供应链管理核查的过程与结论。",
    ]), raw=True)
    c.P("scope")
    c.H(2, "评价依据", tag="basis_h")
    items = [basis_std, "《绿色供应链管理企业评价要求》（工信厅节函〔2016〕586号附件）"] + _basis_items(c, stds, "sc")
    basis_block(c, items)
    c.H(2, "受评价方基本情况")
    c.P("profile", tag="profile")
    r.refs["profile"] = r.blocks[-1]
    c.P("profile2")
    c.H(1, "评价过程和方法", tag="ch:process")
    c.P("org")
    c.P("plan")
    c.P("doc_review")
    c.P("site", tag="site_text")
    r.refs["site_text"] = r.blocks[-1]
    schedule_table(c)
    c.P("review")
    c.H(1, "评价内容", tag="ch:content")
    c.H(2, "否决条件核查", tag="veto_h")
    c.P("veto", tag="veto")
    veto_table_e(c)
    c.H(2, "基本要求", tag="basicreq_h")
    c.P("basic_req", tag="basic_req")
    c.H(2, "绿色供应链管理战略")
    c.P(("企业将绿色供应链管理纳入公司发展战略，制定了{Y1}—{Y3}年绿色供应链管理规划，设立了由分管副总牵头的绿色供应链管理部门。"
         if a and _K is None else rng.choice(_K["sc"]["strategy"]) if _K is not None else rng.choice(SC_C["strategy"]) if cc else rng.choice(SC_D["strategy"]) if dd else
         rng.choice(SC_E["strategy"]) if ee else rng.choice(SC_F["strategy"]) if ff else
         rng.choice(_J["sc"]["strategy"]) if _J is not None else "战略层面：受评单位发布绿色供应链管理方针，设专职部门统筹推进。"), raw=True)
    c.H(2, "绿色供应商管理")
    n_sup = rng.randint(120, 600)
    green = rng.randint(int(n_sup * 0.3), int(n_sup * 0.8))
    c.val("sup_n", str(n_sup))
    c.val("sup_green", str(green))
    c.val("sup_rate", c.f.n(green / n_sup * 100, 1))
    c.P(("企业现有合格供应商{sup_n}家，其中通过环境管理体系认证或开展绿色评价的供应商{sup_green}家，绿色供应商比例{sup_rate}%。"
         if a and _K is None else rng.choice(_K["sc"]["supplier"]) if _K is not None else rng.choice(SC_C["supplier"]) if cc else rng.choice(SC_D["supplier"]) if dd else
         rng.choice(SC_E["supplier"]) if ee else rng.choice(SC_F["supplier"]) if ff else
         rng.choice(_J["sc"]["supplier"]) if _J is not None else "供应商总数{sup_n}家，绿色供应商{sup_green}家，占比{sup_rate}%。"), raw=True, tag="supplier_text")
    c.H(2, "绿色生产", tag="energy_h")
    c.P("energy", tag="energy_text")
    r.refs["energy_text"] = r.blocks[-1]
    energy_table(c, ef)
    years_table(c, years)
    c.P("co2", tag="co2_text")
    r.refs["co2_text"] = r.blocks[-1]
    c.P("pv", tag="pv_text")
    r.refs["pv_text"] = r.blocks[-1]
    _savings_table(c, res)
    c.H(2, "绿色回收")
    _resource_section(c, res)
    c.P("land", tag="land_text")
    c.H(2, "绿色信息平台建设与信息披露")
    c.P(("企业建立了绿色供应链信息管理平台，实现供应商环境信息、产品有害物质信息的在线管理，并每年发布社会责任报告。"
         if a and _K is None else rng.choice(_K["sc"]["platform"]) if _K is not None else rng.choice(SC_C["platform"]) if cc else rng.choice(SC_D["platform"]) if dd else
         rng.choice(SC_E["platform"]) if ee else rng.choice(SC_F["platform"]) if ff else
         rng.choice(_J["sc"]["platform"]) if _J is not None else "信息平台与披露：已上线供应商绿色信息管理模块，年度发布ESG报告。"), raw=True)
    c.H(2, "评分结果", tag="score_h")
    c.P("score_intro")
    score_table(c, SC_LEVEL1)
    c.H(1, "评价结论", tag="ch:conclusion")
    c.P(("{company}满足绿色供应链管理企业基本要求，评价得分{score_total}分，符合绿色供应链管理企业评价要求。" if a and _K is None else
         rng.choice(_K["sc"]["conclusion"]) if _K is not None else rng.choice(SC_C["conclusion"]) if cc else
         rng.choice(SC_D["conclusion"]) if dd else rng.choice(SC_E["conclusion"]) if ee else rng.choice(SC_F["conclusion"]) if ff else
         rng.choice(_J["sc"]["conclusion"]) if _J is not None else "核查结论：{company}基本要求满足，得分{score_total}分，达到绿色供应链管理企业要求。"), raw=True, tag="conclusion")
    r.refs["conclusion"] = r.blocks[-1]
    c.P("conclusion2")
    c.H(1, "建议")
    for s in rng.sample(c.bank["suggest"], 2):
        c.add(Para(s, tag="suggest"))
    refs_section(c, years, "参考文件")
    c.H(1, "第三方机构资质符合性证明材料")
    c.P("qual")
    r.truth = _truth(r, style, "supply_chain", kind, ent, agency, rd)
    return r


# --------------------------------------------------------------------------- meta / truth
def _meta(rng, rd: dt.date, dates: dict, author: str, company: str, title: str) -> dict:
    created_day = dates["site_end"] + dt.timedelta(days=rng.randint(1, max(1, (rd - dates["site_end"]).days - 1)))
    if created_day >= rd:
        created_day = rd - dt.timedelta(days=1)
    created = dt.datetime.combine(created_day, dt.time(rng.randint(8, 18), rng.randint(0, 59)))
    modified = dt.datetime.combine(rd, dt.time(rng.randint(8, 17), rng.randint(0, 59)))
    return {"author": author, "company": company, "created": created, "modified": modified, "title": title}


def _truth(r: Report, style, typ, kind, ent, agency, rd) -> dict:
    return {"style": style, "type": typ, "kind": kind, "entity": ent["name"], "uscc": ent["uscc"],
            "report_date": rd.isoformat(), "agency": agency["name"] if agency else None, "defects": []}


_G = False  # True while a style-g report is being built (style g reuses the style-f machinery)


def _build_g(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style g: style-f layouts/arithmetic with the G phrase banks, part-style heading numbering and g subjects."""
    global _G, PARK_F, SC_F, YEARS_SENT_F, ENERGY_NOTE_F, HIGHLIGHT_PARTS_F, f_subjects
    from . import phrases_g as PG
    saved = (BANKS["f"], PARK_F, SC_F, YEARS_SENT_F, ENERGY_NOTE_F, HIGHLIGHT_PARTS_F, f_subjects)
    rng.random()  # decorrelate from style f draws
    try:
        _G = True
        BANKS["f"], PARK_F, SC_F, YEARS_SENT_F = PG.G, PG.PARK_G, PG.SC_G, PG.YEARS_SENT_G
        ENERGY_NOTE_F, HIGHLIGHT_PARTS_F, f_subjects = PG.ENERGY_NOTE_G, PG.HIGHLIGHT_PARTS_G, PG.g_subjects
        r = build(rng, "f", typ, kind, **kw)
    finally:
        _G = False
        BANKS["f"], PARK_F, SC_F, YEARS_SENT_F, ENERGY_NOTE_F, HIGHLIGHT_PARTS_F, f_subjects = saved
    r.truth["style"] = "g"
    r.facts["variant"] = "g"
    return r


_H: dict | None = None  # style-h options while a style-h report is being built (see _build_h)


def _build_h(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style h: style-c or style-d layouts (picked per report) with the H phrase banks, h formats, headings and
    subjects; phrases_h.finish rewrites the remaining fixed wording (labels, headers, cover, commitment)."""
    global _H, PARK_C, PARK_D, SC_C, SC_D, HIGHLIGHT_PARTS_C, HIGHLIGHT_PARTS_D, INDICATOR_VAL_C, INDICATOR_VAL_D
    global BASIC_REQ_ROWS_C, BASIC_REQ_ROWS_D
    from . import phrases_h as PH
    rng.random()  # decorrelate from the other styles' draws
    base = rng.choice(["c", "d"])
    opts = PH.pick_options(rng, typ, kind)
    bank = dict(PH.H, **(PH.H_SELF if kind == "self" else PH.H_PARK if typ == "park" else
                         PH.H_SC if typ == "supply_chain" else {}))
    saved = (BANKS[base], PARK_C, PARK_D, SC_C, SC_D, HIGHLIGHT_PARTS_C, HIGHLIGHT_PARTS_D, INDICATOR_VAL_C,
             INDICATOR_VAL_D, BASIC_REQ_ROWS_C, BASIC_REQ_ROWS_D)
    try:
        _H = dict(opts, we=PH.subjects(typ, kind), units=PH.units, heading=PH.heading_text, refs=PH.references)
        BANKS[base], PARK_C, PARK_D, SC_C, SC_D = bank, PH.PARK_H, PH.PARK_H, PH.SC_H, PH.SC_H
        HIGHLIGHT_PARTS_C = HIGHLIGHT_PARTS_D = PH.HIGHLIGHT_PARTS_H_PARK if typ == "park" else PH.HIGHLIGHT_PARTS_H
        INDICATOR_VAL_C = INDICATOR_VAL_D = PH.INDICATOR_VAL_H
        BASIC_REQ_ROWS_C = BASIC_REQ_ROWS_D = PH.BASIC_REQ_ROWS_H
        r = build(rng, base, typ, kind, **kw)
    finally:
        _H = None
        (BANKS[base], PARK_C, PARK_D, SC_C, SC_D, HIGHLIGHT_PARTS_C, HIGHLIGHT_PARTS_D, INDICATOR_VAL_C,
         INDICATOR_VAL_D, BASIC_REQ_ROWS_C, BASIC_REQ_ROWS_D) = saved
    PH.finish(r, rng, opts, Fmt(base, **r.facts["fmt"]))
    r.truth["style"] = "h"
    r.facts["variant"] = "h"
    r.facts["h"] = opts
    return r


_I: dict | None = None  # style-i options while a style-i report is being built (see _build_i)


def _build_i(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style i: style-e layouts/arithmetic with the I phrase banks, i sub-heading titles, subjects, score-table
    deduction wording, indicator wording and energy-table note."""
    global _I, PARK_E, SC_E, HIGHLIGHT_PARTS_E, DED_REASONS_E, INDICATOR_VAL_E, TITLES_E
    from . import phrases_i as PI
    rng.random()  # decorrelate from style e draws
    bank = dict(PI.I, **PI.I_SELF) if kind == "self" else PI.I
    saved = (BANKS["e"], PARK_E, SC_E, HIGHLIGHT_PARTS_E, DED_REASONS_E, INDICATOR_VAL_E, TITLES_E)
    try:
        _I = {"we": PI.i_subjects, "energy_note": PI.ENERGY_NOTE_I}
        BANKS["e"], PARK_E, SC_E, HIGHLIGHT_PARTS_E = bank, PI.PARK_I, PI.SC_I, PI.HIGHLIGHT_PARTS_I
        DED_REASONS_E, INDICATOR_VAL_E, TITLES_E = PI.DED_REASONS_I, PI.INDICATOR_VAL_I, PI.TITLES_I
        r = build(rng, "e", typ, kind, **kw)
    finally:
        _I = None
        BANKS["e"], PARK_E, SC_E, HIGHLIGHT_PARTS_E, DED_REASONS_E, INDICATOR_VAL_E, TITLES_E = saved
    r.truth["style"] = "i"
    r.facts["variant"] = "i"
    return r


_J: dict | None = None  # style-j phrase tables while a style-j report is being built (see _build_j)


def _build_j(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style j: style-b layouts/arithmetic with the J phrase banks (self reports: J_SELF overrides), j subjects,
    sub-heading titles, highlight parts, indicator wording and park / supply-chain inline texts."""
    global _J, HIGHLIGHT_PARTS_B, INDICATOR_VAL_B, TITLES_B
    from . import phrases_j as PJ
    rng.random()  # decorrelate from style b draws
    bank = dict(PJ.J, **PJ.J_SELF) if kind == "self" else PJ.J
    saved = (BANKS["b"], HIGHLIGHT_PARTS_B, INDICATOR_VAL_B, TITLES_B)
    try:
        _J = {"we": PJ.j_subjects, "park": PJ.PARK_J, "sc": PJ.SC_J}
        BANKS["b"], HIGHLIGHT_PARTS_B, INDICATOR_VAL_B = bank, PJ.HIGHLIGHT_PARTS_J, PJ.INDICATOR_VAL_J
        TITLES_B = PJ.TITLES_J_SELF if kind == "self" else PJ.TITLES_J
        r = build(rng, "b", typ, kind, **kw)
    finally:
        _J = None
        BANKS["b"], HIGHLIGHT_PARTS_B, INDICATOR_VAL_B, TITLES_B = saved
    r.truth["style"] = "j"
    r.facts["variant"] = "j"
    return r


def _build_p(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style p: style-b layouts/arithmetic with the P phrase banks (self reports: P_SELF overrides), p subjects,
    sub-heading titles, highlight parts, indicator wording and park / supply-chain inline texts.  The P tables
    ride on the style-j hooks of the b machinery (the _J holder: subject words, park and supply-chain texts)."""
    global _J, HIGHLIGHT_PARTS_B, INDICATOR_VAL_B, TITLES_B
    from . import phrases_p as PP
    rng.random()  # decorrelate from style b draws
    rng.random()  # ... and from style j draws
    bank = dict(PP.P, **PP.P_SELF) if kind == "self" else PP.P
    saved = (BANKS["b"], HIGHLIGHT_PARTS_B, INDICATOR_VAL_B, TITLES_B)
    try:
        _J = {"we": PP.p_subjects, "park": PP.PARK_P, "sc": PP.SC_P}
        BANKS["b"], HIGHLIGHT_PARTS_B, INDICATOR_VAL_B = bank, PP.HIGHLIGHT_PARTS_P, PP.INDICATOR_VAL_P
        TITLES_B = PP.TITLES_P_SELF if kind == "self" else PP.TITLES_P
        r = build(rng, "b", typ, kind, **kw)
    finally:
        _J = None
        BANKS["b"], HIGHLIGHT_PARTS_B, INDICATOR_VAL_B, TITLES_B = saved
    r.truth["style"] = "p"
    r.facts["variant"] = "p"
    return r


def _build_r(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style r: style-b layouts/arithmetic with the R phrase banks (self reports: R_SELF overrides), r subjects,
    sub-heading titles, highlight parts, indicator wording and park / supply-chain inline texts, on the style-j
    hooks of the b machinery like style p.  Self-evaluated factories and supply-chain entities are drawn from the
    industries the R voices belong to (phrases_r.ENTITY_INDUSTRIES_SELF / _SC)."""
    global _J, HIGHLIGHT_PARTS_B, INDICATOR_VAL_B, TITLES_B
    from . import phrases_r as PR
    for _ in range(3):
        rng.random()  # decorrelate from style b, j and p draws
    self_kind = kind == "self"
    bank = dict(PR.R, **PR.R_SELF) if self_kind else PR.R
    pin = PR.ENTITY_INDUSTRIES_SELF if self_kind else PR.ENTITY_INDUSTRIES_SC if typ == "supply_chain" else ()
    saved = (BANKS["b"], HIGHLIGHT_PARTS_B, INDICATOR_VAL_B, TITLES_B, E.INDUSTRIES)
    try:
        _J = {"we": PR.r_subjects, "park": PR.PARK_R, "sc": PR.SC_R}
        BANKS["b"], HIGHLIGHT_PARTS_B = bank, PR.HIGHLIGHT_PARTS_R
        INDICATOR_VAL_B = PR.INDICATOR_VAL_R_SELF if self_kind else PR.INDICATOR_VAL_R
        TITLES_B = PR.TITLES_R_SELF if self_kind else PR.TITLES_R
        if pin:
            E.INDUSTRIES = [x for x in saved[-1] if x[0] in pin]
        r = build(rng, "b", typ, kind, **kw)
    finally:
        _J = None
        BANKS["b"], HIGHLIGHT_PARTS_B, INDICATOR_VAL_B, TITLES_B, E.INDUSTRIES = saved
    r.truth["style"] = "r"
    r.facts["variant"] = "r"
    return r


def _build_x(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style x: style-b layouts/arithmetic with the X phrase banks (self reports: X_SELF overrides), x subjects,
    sub-heading titles, highlight parts, indicator wording and park / supply-chain inline texts, on the style-j
    hooks of the b machinery like styles p and r.  Supply-chain entities are drawn from the industry the SC_X
    voice belongs to (phrases_x.ENTITY_INDUSTRIES_SC)."""
    global _J, HIGHLIGHT_PARTS_B, INDICATOR_VAL_B, TITLES_B
    from . import phrases_x as PX
    for _ in range(4):
        rng.random()  # decorrelate from style b, j, p and r draws
    self_kind = kind == "self"
    bank = dict(PX.X, **PX.X_SELF) if self_kind else PX.X
    saved = (BANKS["b"], HIGHLIGHT_PARTS_B, INDICATOR_VAL_B, TITLES_B, E.INDUSTRIES)
    try:
        _J = {"we": PX.x_subjects, "park": PX.PARK_X, "sc": PX.SC_X}
        BANKS["b"], HIGHLIGHT_PARTS_B = bank, PX.HIGHLIGHT_PARTS_X
        INDICATOR_VAL_B = PX.INDICATOR_VAL_X_SELF if self_kind else PX.INDICATOR_VAL_X
        TITLES_B = PX.TITLES_X_SELF if self_kind else PX.TITLES_X
        if typ == "supply_chain":
            E.INDUSTRIES = [x for x in saved[-1] if x[0] in PX.ENTITY_INDUSTRIES_SC]
        r = build(rng, "b", typ, kind, **kw)
    finally:
        _J = None
        BANKS["b"], HIGHLIGHT_PARTS_B, INDICATOR_VAL_B, TITLES_B, E.INDUSTRIES = saved
    r.truth["style"] = "x"
    r.facts["variant"] = "x"
    return r


def _build_on_b_pinned(rng: random.Random, style: str, draws: int, typ: str, kind: str, **kw) -> Report:
    """A wording style on style b's layouts/arithmetic whose voices belong to some industries (ad, aj): the
    phrases_<style> banks (self reports: <S>_SELF overrides), subjects, sub-heading titles, highlight parts, indicator
    wording and park / supply-chain inline texts, on the style-j hooks of the b machinery like styles p, r and x.
    Self-evaluated factories and supply-chain entities are drawn from ENTITY_INDUSTRIES_SELF / _SC, agencies from
    AGENCY_SUFFIXES when the style has them. ``draws`` decorrelates it from the styles before it."""
    global _J, HIGHLIGHT_PARTS_B, INDICATOR_VAL_B, TITLES_B
    import importlib
    P, S = importlib.import_module(f"{__package__}.phrases_{style}"), style.upper()
    for _ in range(draws):
        rng.random()
    self_kind = kind == "self"
    bank = dict(getattr(P, S), **getattr(P, f"{S}_SELF")) if self_kind else getattr(P, S)
    pin = P.ENTITY_INDUSTRIES_SELF if self_kind else P.ENTITY_INDUSTRIES_SC if typ == "supply_chain" else ()
    agencies = getattr(P, "AGENCY_SUFFIXES", None)
    saved = (BANKS["b"], HIGHLIGHT_PARTS_B, INDICATOR_VAL_B, TITLES_B, E.AGENCY_SUFFIX, E.INDUSTRIES)
    try:
        _J = {"we": getattr(P, f"{style}_subjects"), "park": getattr(P, f"PARK_{S}"), "sc": getattr(P, f"SC_{S}")}
        if agencies:
            E.AGENCY_SUFFIX = [x for x in saved[-2] if x in agencies]
        BANKS["b"], HIGHLIGHT_PARTS_B = bank, getattr(P, f"HIGHLIGHT_PARTS_{S}")
        INDICATOR_VAL_B = getattr(P, f"INDICATOR_VAL_{S}_SELF") if self_kind else getattr(P, f"INDICATOR_VAL_{S}")
        TITLES_B = getattr(P, f"TITLES_{S}_SELF") if self_kind else getattr(P, f"TITLES_{S}")
        if pin:
            E.INDUSTRIES = [x for x in saved[-1] if x[0] in pin]
        r = build(rng, "b", typ, kind, **kw)
    finally:
        _J = None
        BANKS["b"], HIGHLIGHT_PARTS_B, INDICATOR_VAL_B, TITLES_B, E.AGENCY_SUFFIX, E.INDUSTRIES = saved
    r.truth["style"] = style
    r.facts["variant"] = style
    return r


def _build_ad(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "ad", 5, typ, kind, **kw)  # decorrelated from style b, j, p, r and x draws


def _build_aj(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "aj", 6, typ, kind, **kw)  # ... and from style ad draws


def _build_ap(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "ap", 10, typ, kind, **kw)  # ... and from style ad / aj draws


def _build_av(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "av", 11, typ, kind, **kw)  # ... and from style ad / aj / ap draws


def _build_bb(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "bb", 12, typ, kind, **kw)  # ... and from style ad / aj / ap / av draws


def _build_bi(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "bi", 13, typ, kind, **kw)  # ... and from style ad / aj / ap / av / bb draws


def _build_br(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "br", 14, typ, kind, **kw)  # ... and from style ad / aj / ap / av / bb / bi draws


def _build_bw(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "bw", 15, typ, kind, **kw)  # ... and from style ad / aj / ap / av / bb / bi / br draws


def _build_cb(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "cb", 16, typ, kind, **kw)  # ... and from style ad / aj / ap / av / bb / bi / br / bw draws


def _build_cg(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "cg", 17, typ, kind, **kw)  # ... and from style ad / aj / ap / av / bb / bi / br / bw / cb draws


def _build_ck(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "ck", 18, typ, kind, **kw)  # ... and from style ad / aj / ap / av / bb / bi / br / bw / cb / cg draws


def _build_cp(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "cp", 19, typ, kind, **kw)  # ... and from style ad / aj / ap / av / bb / bi / br / bw / cb / cg / ck draws


_L: dict | None = None  # style-l tables while a style-l report is being built (see _build_l)


def _build_l(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style l: style-f layouts/arithmetic with the L phrase banks (self / park / supply-chain overrides), l subjects,
    decimal heading numbering, sub-heading titles, cover lines, basic-requirement rows, indicator wording, highlight
    parts, three-year sentences, energy-table notes and park / supply-chain inline texts."""
    global _L, PARK_F, SC_F, YEARS_SENT_F, ENERGY_NOTE_F, HIGHLIGHT_PARTS_F, f_subjects, TITLES_F, INDICATOR_VAL_F
    global BASIC_REQ_ROWS_F, F_COVER
    from . import phrases_l as PL
    rng.random()  # decorrelate from style f draws
    self_kind = kind == "self"
    bank = dict(PL.L, **(PL.L_SELF if self_kind else PL.L_PARK if typ == "park" else
                         PL.L_SC if typ == "supply_chain" else {}))
    saved = (BANKS["f"], PARK_F, SC_F, YEARS_SENT_F, ENERGY_NOTE_F, HIGHLIGHT_PARTS_F, f_subjects, TITLES_F,
             INDICATOR_VAL_F, BASIC_REQ_ROWS_F, F_COVER)
    try:
        _L = {"ind_verdict": PL.IND_VERDICT_L, "req_how": (PL.REQ_HOW_L, PL.REQ_HOW_L_SELF), "brief": PL.BRIEF_L,
              "app": PL.APP_TITLES_L}
        BANKS["f"], PARK_F, SC_F, f_subjects = bank, PL.PARK_L, PL.SC_L, PL.l_subjects
        YEARS_SENT_F = PL.YEARS_SENT_L_SELF if self_kind else PL.YEARS_SENT_L
        ENERGY_NOTE_F, HIGHLIGHT_PARTS_F = PL.ENERGY_NOTE_L, PL.HIGHLIGHT_PARTS_L
        TITLES_F = PL.TITLES_L_SELF if self_kind else PL.TITLES_L
        INDICATOR_VAL_F = PL.INDICATOR_VAL_L_SELF if self_kind else PL.INDICATOR_VAL_L
        BASIC_REQ_ROWS_F, F_COVER = PL.BASIC_REQ_ROWS_L, PL.COVER_L
        r = build(rng, "f", typ, kind, **kw)
    finally:
        _L = None
        (BANKS["f"], PARK_F, SC_F, YEARS_SENT_F, ENERGY_NOTE_F, HIGHLIGHT_PARTS_F, f_subjects, TITLES_F,
         INDICATOR_VAL_F, BASIC_REQ_ROWS_F, F_COVER) = saved
    r.truth["style"] = "l"
    r.facts["variant"] = "l"
    return r


def _build_s(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style s: style-f layouts/arithmetic with the S phrase banks through the style-l hooks (self / park /
    supply-chain overrides), s subjects, chapter heading numbering, sub-heading titles, cover lines, basic-requirement
    rows, indicator wording, highlight parts, three-year sentences, energy-table notes and park / supply-chain texts."""
    global _L, PARK_F, SC_F, YEARS_SENT_F, ENERGY_NOTE_F, HIGHLIGHT_PARTS_F, f_subjects, TITLES_F, INDICATOR_VAL_F
    global BASIC_REQ_ROWS_F, F_COVER
    from . import phrases_s as PS
    rng.random()  # decorrelate from style f draws
    self_kind = kind == "self"
    bank = dict(PS.S, **(PS.S_SELF if self_kind else PS.S_PARK if typ == "park" else
                         PS.S_SC if typ == "supply_chain" else {}))
    saved = (BANKS["f"], PARK_F, SC_F, YEARS_SENT_F, ENERGY_NOTE_F, HIGHLIGHT_PARTS_F, f_subjects, TITLES_F,
             INDICATOR_VAL_F, BASIC_REQ_ROWS_F, F_COVER)
    try:
        _L = {"ind_verdict": PS.IND_VERDICT_S, "req_how": (PS.REQ_HOW_S, PS.REQ_HOW_S_SELF), "brief": PS.BRIEF_S,
              "app": PS.APP_TITLES_S, "num": PS.heading_number}
        BANKS["f"], PARK_F, SC_F, f_subjects = bank, PS.PARK_S, PS.SC_S, PS.s_subjects
        YEARS_SENT_F = PS.YEARS_SENT_S_SELF if self_kind else PS.YEARS_SENT_S
        ENERGY_NOTE_F, HIGHLIGHT_PARTS_F = PS.ENERGY_NOTE_S, PS.HIGHLIGHT_PARTS_S
        TITLES_F = PS.TITLES_S_SELF if self_kind else PS.TITLES_S
        INDICATOR_VAL_F = PS.INDICATOR_VAL_S_SELF if self_kind else PS.INDICATOR_VAL_S
        BASIC_REQ_ROWS_F, F_COVER = PS.BASIC_REQ_ROWS_S, PS.COVER_S
        r = build(rng, "f", typ, kind, **kw)
    finally:
        _L = None
        (BANKS["f"], PARK_F, SC_F, YEARS_SENT_F, ENERGY_NOTE_F, HIGHLIGHT_PARTS_F, f_subjects, TITLES_F,
         INDICATOR_VAL_F, BASIC_REQ_ROWS_F, F_COVER) = saved
    r.truth["style"] = "s"
    r.facts["variant"] = "s"
    return r


def _build_f_wording(rng: random.Random, style: str, typ: str, kind: str, **kw) -> Report:
    """A wording style on style f's machinery through the style-l hooks, read from phrases_<style> by name
    (<S>, <S>_SELF / <S>_PARK / <S>_SC, PARK_<S>, SC_<S>, <style>_subjects, heading_number and the f tables)."""
    global _L, PARK_F, SC_F, YEARS_SENT_F, ENERGY_NOTE_F, HIGHLIGHT_PARTS_F, f_subjects, TITLES_F, INDICATOR_VAL_F
    global BASIC_REQ_ROWS_F, F_COVER
    import importlib
    P, S = importlib.import_module(f".phrases_{style}", __package__), style.upper()
    rng.random()  # decorrelate from style f draws
    self_kind = kind == "self"
    bank = dict(getattr(P, S), **(getattr(P, f"{S}_SELF") if self_kind else getattr(P, f"{S}_PARK") if typ == "park"
                                  else getattr(P, f"{S}_SC") if typ == "supply_chain" else {}))
    saved = (BANKS["f"], PARK_F, SC_F, YEARS_SENT_F, ENERGY_NOTE_F, HIGHLIGHT_PARTS_F, f_subjects, TITLES_F,
             INDICATOR_VAL_F, BASIC_REQ_ROWS_F, F_COVER)
    try:
        _L = {"ind_verdict": getattr(P, f"IND_VERDICT_{S}"), "brief": getattr(P, f"BRIEF_{S}"),
              "req_how": (getattr(P, f"REQ_HOW_{S}"), getattr(P, f"REQ_HOW_{S}_SELF")),
              "app": getattr(P, f"APP_TITLES_{S}"), "num": P.heading_number}
        BANKS["f"], PARK_F, SC_F = bank, getattr(P, f"PARK_{S}"), getattr(P, f"SC_{S}")
        f_subjects = getattr(P, f"{style}_subjects")
        sfx = "_SELF" if self_kind else ""
        YEARS_SENT_F, TITLES_F = getattr(P, f"YEARS_SENT_{S}{sfx}"), getattr(P, f"TITLES_{S}{sfx}")
        INDICATOR_VAL_F = getattr(P, f"INDICATOR_VAL_{S}{sfx}")
        ENERGY_NOTE_F, HIGHLIGHT_PARTS_F = getattr(P, f"ENERGY_NOTE_{S}"), getattr(P, f"HIGHLIGHT_PARTS_{S}")
        BASIC_REQ_ROWS_F, F_COVER = getattr(P, f"BASIC_REQ_ROWS_{S}"), getattr(P, f"COVER_{S}")
        r = build(rng, "f", typ, kind, **kw)
    finally:
        _L = None
        (BANKS["f"], PARK_F, SC_F, YEARS_SENT_F, ENERGY_NOTE_F, HIGHLIGHT_PARTS_F, f_subjects, TITLES_F,
         INDICATOR_VAL_F, BASIC_REQ_ROWS_F, F_COVER) = saved
    r.truth["style"] = style
    r.facts["variant"] = style
    return r


def _build_z(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style z: style-f layouts/arithmetic with the Z phrase banks (county environmental-engineering firm /
    plant production-technology section), z subjects, its own heading numbering, sub-heading titles, cover lines,
    basic-requirement rows, indicator wording, highlight parts, three-year sentences and energy-table notes."""
    return _build_f_wording(rng, "z", typ, kind, **kw)


def _build_ae(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style ae: style-f layouts/arithmetic with the AE phrase banks (lawyer-run compliance consultancy / general
    office of a group subsidiary), ae subjects, chapter heading numbering, sub-heading titles, cover lines,
    basic-requirement rows, indicator wording, highlight parts, three-year sentences and energy-table notes."""
    return _build_f_wording(rng, "ae", typ, kind, **kw)


def _build_ak(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style ak: style-f layouts/arithmetic with the AK phrase banks (two-person environmental consultancy with notes
    and cited data sources / founder of a food-processing start-up), ak subjects, its own heading numbering,
    sub-heading titles, cover lines, basic-requirement rows, indicator wording, highlight parts, three-year sentences
    and energy-table notes."""
    rng.random()  # decorrelate from the style z and ae draws
    return _build_f_wording(rng, "ak", typ, kind, **kw)


def _build_aq(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style aq: style-f layouts/arithmetic with the AQ phrase banks (translated-template certification body /
    ceramics kiln plant safety-and-environment supervisor), aq subjects, its own heading numbering, sub-heading
    titles, cover lines, basic-requirement rows, indicator wording, highlight parts, three-year sentences and
    energy-table notes."""
    rng.random()  # decorrelate from the style z, ae and ak draws
    rng.random()
    return _build_f_wording(rng, "aq", typ, kind, **kw)


_ON_D: dict | None = None  # style m/q phrase tables while such a report is being built (see _build_on_d)


def _build_on_d(rng: random.Random, style: str, typ: str, kind: str, **kw) -> Report:
    """Styles m and q: style-d layouts/arithmetic with the style's phrase banks (self reports: <S>_SELF overrides,
    parks: <S>_PARK, supply chains: <S>_SC), its subjects, sub-heading titles, highlight parts, indicator wording,
    basic-requirement rows and park / supply-chain inline texts, all read from eval/generator/phrases_<s>.py."""
    global _ON_D, PARK_D, SC_D, HIGHLIGHT_PARTS_D, INDICATOR_VAL_D, BASIC_REQ_ROWS_D, TITLES_D
    import importlib
    P = importlib.import_module(f".phrases_{style}", __package__)
    S = style.upper()
    rng.random()  # decorrelate from style d draws
    bank = dict(getattr(P, S), **(getattr(P, f"{S}_SELF") if kind == "self" else getattr(P, f"{S}_PARK") if typ == "park"
                                  else getattr(P, f"{S}_SC") if typ == "supply_chain" else {}))
    saved = (BANKS["d"], PARK_D, SC_D, HIGHLIGHT_PARTS_D, INDICATOR_VAL_D, BASIC_REQ_ROWS_D, TITLES_D)
    try:
        _ON_D = {"we": getattr(P, f"{style}_subjects")}
        BANKS["d"], PARK_D, SC_D = bank, getattr(P, f"PARK_{S}"), getattr(P, f"SC_{S}")
        HIGHLIGHT_PARTS_D = getattr(P, f"HIGHLIGHT_PARTS_{S}_PARK") if typ == "park" else getattr(P, f"HIGHLIGHT_PARTS_{S}")
        INDICATOR_VAL_D, BASIC_REQ_ROWS_D = getattr(P, f"INDICATOR_VAL_{S}"), getattr(P, f"BASIC_REQ_ROWS_{S}")
        TITLES_D = getattr(P, f"TITLES_{S}_SELF") if kind == "self" else getattr(P, f"TITLES_{S}")
        r = build(rng, "d", typ, kind, **kw)
    finally:
        _ON_D = None
        BANKS["d"], PARK_D, SC_D, HIGHLIGHT_PARTS_D, INDICATOR_VAL_D, BASIC_REQ_ROWS_D, TITLES_D = saved
    r.truth["style"] = style
    r.facts["variant"] = style
    return r


_K: dict | None = None  # style-k phrase tables while a style-k report is being built (see _build_k)


def _build_k(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style k: style-a layouts/arithmetic with the K phrase banks (self reports: K_SELF overrides, parks: K_PARK),
    k subjects, sub-heading titles, highlight parts, indicator wording and park / supply-chain inline texts."""
    global _K, HIGHLIGHT_PARTS_A, INDICATOR_VAL_A
    from . import phrases_k as PK
    rng.random()  # decorrelate from style a draws
    bank = dict(PK.K, **PK.K_SELF) if kind == "self" else dict(PK.K, **PK.K_PARK) if typ == "park" else PK.K
    saved = (BANKS["a"], HIGHLIGHT_PARTS_A, INDICATOR_VAL_A)
    try:
        _K = {"we": PK.k_subjects, "park": PK.PARK_K, "sc": PK.SC_K,
              "titles": PK.TITLES_K_SELF if kind == "self" else PK.TITLES_K}
        BANKS["a"], HIGHLIGHT_PARTS_A, INDICATOR_VAL_A = bank, PK.HIGHLIGHT_PARTS_K, PK.INDICATOR_VAL_K
        r = build(rng, "a", typ, kind, **kw)
    finally:
        _K = None
        BANKS["a"], HIGHLIGHT_PARTS_A, INDICATOR_VAL_A = saved
    r.truth["style"] = "k"
    r.facts["variant"] = "k"
    return r


def _build_on_a(rng: random.Random, style: str, draws: int, typ: str, kind: str, **kw) -> Report:
    """A wording style on style a's layouts/arithmetic (w, ab, ai): the phrases_<style> banks (self reports: <S>_SELF
    overrides, parks: <S>_PARK, supply chains: <S>_SC), subjects, sub-heading titles, highlight parts, indicator wording
    (self reports: INDICATOR_VAL_<S>_SELF) and park / supply-chain inline texts; reuses the style-k hooks (_K) of the a
    machinery. ``draws`` decorrelates it from the styles before it."""
    global _K, HIGHLIGHT_PARTS_A, INDICATOR_VAL_A
    import importlib
    P, S = importlib.import_module(f"{__package__}.phrases_{style}"), style.upper()
    for _ in range(draws):
        rng.random()
    bank = dict(getattr(P, S), **(getattr(P, f"{S}_SELF") if kind == "self" else getattr(P, f"{S}_PARK") if typ == "park" else
                                  getattr(P, f"{S}_SC") if typ == "supply_chain" else {}))
    saved = (BANKS["a"], HIGHLIGHT_PARTS_A, INDICATOR_VAL_A)
    try:
        _K = {"we": getattr(P, f"{style}_subjects"), "park": getattr(P, f"PARK_{S}"), "sc": getattr(P, f"SC_{S}"),
              "titles": getattr(P, f"TITLES_{S}_SELF") if kind == "self" else getattr(P, f"TITLES_{S}")}
        BANKS["a"], HIGHLIGHT_PARTS_A = bank, getattr(P, f"HIGHLIGHT_PARTS_{S}")
        INDICATOR_VAL_A = getattr(P, f"INDICATOR_VAL_{S}_SELF") if kind == "self" else getattr(P, f"INDICATOR_VAL_{S}")
        r = build(rng, "a", typ, kind, **kw)
    finally:
        _K = None
        BANKS["a"], HIGHLIGHT_PARTS_A, INDICATOR_VAL_A = saved
    r.truth["style"] = style
    r.facts["variant"] = style
    return r


def _build_w(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "w", 2, typ, kind, **kw)  # decorrelated from style a and k draws


def _build_ab(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "ab", 3, typ, kind, **kw)  # ... and from style w draws


def _build_ai(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "ai", 4, typ, kind, **kw)  # ... and from style ab draws


def _build_ao(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "ao", 5, typ, kind, **kw)  # ... and from style ai draws


def _build_au(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "au", 7, typ, kind, **kw)  # ... and from style ao draws (6 left for a parallel style)


def _build_az(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "az", 6, typ, kind, **kw)  # the draw count left free beside style au


def _build_be(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "be", 8, typ, kind, **kw)  # ... and from style au draws


def _build_bk(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "bk", 9, typ, kind, **kw)  # ... and from style be draws


def _build_bo(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "bo", 10, typ, kind, **kw)  # ... and from style bk draws


def _build_bt(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "bt", 11, typ, kind, **kw)  # ... and from style bo draws


def _build_by(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "by", 12, typ, kind, **kw)


def _build_ca(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_d(rng, "ca", typ, kind, **kw)  # style ca: style-d machinery, phrases_ca banks


def _build_cf(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_d(rng, "cf", typ, kind, **kw)  # style cf: style-d machinery, phrases_cf banks


def _build_cl(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_d(rng, "cl", typ, kind, **kw)  # style cl: style-d machinery, phrases_cl banks


def _build_cq(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_d(rng, "cq", typ, kind, **kw)  # style cq: style-d machinery, phrases_cq banks


def _build_cx(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_d(rng, "cx", typ, kind, **kw)  # style cx: style-d machinery, phrases_cx banks


def _build_de(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_d(rng, "de", typ, kind, **kw)  # style de: style-d machinery, phrases_de banks


def _build_dh(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_d(rng, "dh", typ, kind, **kw)  # style dh: style-d machinery, phrases_dh banks


def _build_dn(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_d(rng, "dn", typ, kind, **kw)  # style dn: style-d machinery, phrases_dn banks


def _build_ds(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_d(rng, "ds", typ, kind, **kw)  # style ds: style-d machinery, phrases_ds banks


def _build_dy(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_d(rng, "dy", typ, kind, **kw)  # style dy: style-d machinery, phrases_dy banks


_N: dict | None = None  # style-n phrase tables while a style-n report is being built (see _build_n)


def _build_n(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style n: style-c layouts/arithmetic with the N phrase banks (self reports: N_SELF overrides, parks: N_PARK,
    supply chains: N_SC), n subjects, sub-heading titles, highlight parts, indicator wording, basic-requirement
    rows, schedule intro, self-report brief label and park / supply-chain inline texts."""
    global _N, PARK_C, SC_C, HIGHLIGHT_PARTS_C, INDICATOR_VAL_C, BASIC_REQ_ROWS_C, TITLES_C
    from . import phrases_n as PN
    rng.random()  # decorrelate from style c draws
    bank = dict(PN.N, **(PN.N_SELF if kind == "self" else PN.N_PARK if typ == "park" else
                         PN.N_SC if typ == "supply_chain" else {}))
    saved = (BANKS["c"], PARK_C, SC_C, HIGHLIGHT_PARTS_C, INDICATOR_VAL_C, BASIC_REQ_ROWS_C, TITLES_C)
    try:
        _N = {"we": PN.n_subjects, "sched": PN.SCHEDULE_INTRO_N, "brief": PN.BRIEF_N}
        BANKS["c"], PARK_C, SC_C = bank, PN.PARK_N, PN.SC_N
        HIGHLIGHT_PARTS_C = PN.HIGHLIGHT_PARTS_N_PARK if typ == "park" else PN.HIGHLIGHT_PARTS_N
        INDICATOR_VAL_C, BASIC_REQ_ROWS_C = PN.INDICATOR_VAL_N, PN.BASIC_REQ_ROWS_N
        TITLES_C = PN.TITLES_N_SELF if kind == "self" else PN.TITLES_N
        r = build(rng, "c", typ, kind, **kw)
    finally:
        _N = None
        BANKS["c"], PARK_C, SC_C, HIGHLIGHT_PARTS_C, INDICATOR_VAL_C, BASIC_REQ_ROWS_C, TITLES_C = saved
    r.truth["style"] = "n"
    r.facts["variant"] = "n"
    return r


def _build_on_c(rng: random.Random, style: str, draws: int, typ: str, kind: str, **kw) -> Report:
    """A wording style on style c's layouts/arithmetic (t, y): the phrases_<style> banks (self reports: <S>_SELF
    overrides, parks: <S>_PARK, supply chains: <S>_SC), subjects, sub-heading titles, highlight parts, indicator
    wording, basic-requirement rows, schedule intro, self-report brief label and park / supply-chain inline texts;
    reuses the style-n hooks (_N) of the c machinery. ``draws`` decorrelates it from the styles before it."""
    global _N, PARK_C, SC_C, HIGHLIGHT_PARTS_C, INDICATOR_VAL_C, BASIC_REQ_ROWS_C, TITLES_C
    import importlib
    P, S = importlib.import_module(f"{__package__}.phrases_{style}"), style.upper()
    for _ in range(draws):
        rng.random()
    bank = dict(getattr(P, S), **(getattr(P, f"{S}_SELF") if kind == "self" else getattr(P, f"{S}_PARK") if typ == "park" else
                                  getattr(P, f"{S}_SC") if typ == "supply_chain" else {}))
    saved = (BANKS["c"], PARK_C, SC_C, HIGHLIGHT_PARTS_C, INDICATOR_VAL_C, BASIC_REQ_ROWS_C, TITLES_C)
    try:
        _N = {"we": getattr(P, f"{style}_subjects"), "sched": getattr(P, f"SCHEDULE_INTRO_{S}"), "brief": getattr(P, f"BRIEF_{S}")}
        BANKS["c"], PARK_C, SC_C = bank, getattr(P, f"PARK_{S}"), getattr(P, f"SC_{S}")
        HIGHLIGHT_PARTS_C = getattr(P, f"HIGHLIGHT_PARTS_{S}_PARK") if typ == "park" else getattr(P, f"HIGHLIGHT_PARTS_{S}")
        INDICATOR_VAL_C = getattr(P, f"INDICATOR_VAL_{S}_SELF") if kind == "self" else getattr(P, f"INDICATOR_VAL_{S}")
        BASIC_REQ_ROWS_C = getattr(P, f"BASIC_REQ_ROWS_{S}")
        TITLES_C = getattr(P, f"TITLES_{S}_SELF") if kind == "self" else getattr(P, f"TITLES_{S}")
        r = build(rng, "c", typ, kind, **kw)
    finally:
        _N = None
        BANKS["c"], PARK_C, SC_C, HIGHLIGHT_PARTS_C, INDICATOR_VAL_C, BASIC_REQ_ROWS_C, TITLES_C = saved
    r.truth["style"] = style
    r.facts["variant"] = style
    return r


def _build_t(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "t", 2, typ, kind, **kw)  # decorrelated from style c and n draws


def _build_y(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "y", 3, typ, kind, **kw)  # decorrelated from style c, n and t draws


def _build_af(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "af", 4, typ, kind, **kw)  # decorrelated from style c, n, t and y draws


def _build_al(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "al", 5, typ, kind, **kw)  # decorrelated from style c, n, t, y and af draws


def _build_ar(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "ar", 6, typ, kind, **kw)  # decorrelated from style c, n, t, y, af and al draws


def _build_ax(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "ax", 7, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al and ar draws


def _build_bc(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "bc", 8, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al, ar and ax draws


def _build_bg(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "bg", 9, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al, ar, ax and bc draws


def _build_bl(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "bl", 10, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al, ar, ax, bc and bg draws


def _build_bp(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "bp", 11, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al, ar, ax, bc, bg and bl draws


def _build_bu(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "bu", 12, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al, ar, ax, bc, bg, bl and bp draws


def _build_bz(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "bz", 13, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al, ar, ax, bc, bg, bl, bp and bu draws


_O: dict | None = None  # style-o phrase tables while a style-o report is being built (see _build_o)


def _build_o(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style o: style-e layouts/arithmetic with the O phrase banks (self reports: O_SELF overrides), o subjects,
    sub-heading titles, score-table deduction wording, indicator wording, highlight parts, energy-table note,
    veto check-list result words and self-report brief label."""
    global _O, PARK_E, SC_E, HIGHLIGHT_PARTS_E, DED_REASONS_E, INDICATOR_VAL_E, TITLES_E
    from . import phrases_o as PO
    rng.random()  # decorrelate from style e draws
    self_kind = kind == "self"
    bank = dict(PO.O, **PO.O_SELF) if self_kind else PO.O
    saved = (BANKS["e"], PARK_E, SC_E, HIGHLIGHT_PARTS_E, DED_REASONS_E, INDICATOR_VAL_E, TITLES_E)
    try:
        _O = {"we": PO.o_subjects, "energy_note": PO.ENERGY_NOTE_O, "brief": PO.BRIEF_O,
              "veto_none": PO.VETO_NONE_O_SELF if self_kind else PO.VETO_NONE_O}
        BANKS["e"], PARK_E, SC_E, HIGHLIGHT_PARTS_E = bank, PO.PARK_O, PO.SC_O, PO.HIGHLIGHT_PARTS_O
        DED_REASONS_E, INDICATOR_VAL_E = PO.DED_REASONS_O, PO.INDICATOR_VAL_O
        TITLES_E = PO.TITLES_O_SELF if self_kind else PO.TITLES_O
        r = build(rng, "e", typ, kind, **kw)
    finally:
        _O = None
        BANKS["e"], PARK_E, SC_E, HIGHLIGHT_PARTS_E, DED_REASONS_E, INDICATOR_VAL_E, TITLES_E = saved
    r.truth["style"] = "o"
    r.facts["variant"] = "o"
    return r


_U: dict | None = None  # style-u phrase tables while a style-u report is being built (see _build_u)


def _build_u(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    """Style u: style-e layouts/arithmetic with the U phrase banks (self reports: U_SELF overrides), u subjects,
    sub-heading titles, score-table deduction wording, indicator wording, highlight parts, energy-table note,
    veto check-list result words and self-report brief label (the hooks of style o, read from _U)."""
    global _U, PARK_E, SC_E, HIGHLIGHT_PARTS_E, DED_REASONS_E, INDICATOR_VAL_E, TITLES_E
    from . import phrases_u as PU
    rng.random()  # decorrelate from style e draws
    rng.random()  # … and from style o draws
    self_kind = kind == "self"
    saved = (BANKS["e"], PARK_E, SC_E, HIGHLIGHT_PARTS_E, DED_REASONS_E, INDICATOR_VAL_E, TITLES_E)
    try:
        _U = {"we": PU.u_subjects, "brief": PU.BRIEF_U,
              "energy_note": PU.ENERGY_NOTE_U_SELF if self_kind else PU.ENERGY_NOTE_U,
              "veto_none": PU.VETO_NONE_U_SELF if self_kind else PU.VETO_NONE_U}
        BANKS["e"] = dict(PU.U, **PU.U_SELF) if self_kind else PU.U
        PARK_E, SC_E, HIGHLIGHT_PARTS_E = PU.PARK_U, PU.SC_U, PU.HIGHLIGHT_PARTS_U
        DED_REASONS_E, INDICATOR_VAL_E = PU.DED_REASONS_U, PU.INDICATOR_VAL_U
        TITLES_E = PU.TITLES_U_SELF if self_kind else PU.TITLES_U
        r = build(rng, "e", typ, kind, **kw)
    finally:
        _U = None
        BANKS["e"], PARK_E, SC_E, HIGHLIGHT_PARTS_E, DED_REASONS_E, INDICATOR_VAL_E, TITLES_E = saved
    r.truth["style"] = "u"
    r.facts["variant"] = "u"
    return r


_AA: dict | None = None  # the phrase tables of a wording style on the aa hooks (aa, ag) while its report is built


def _build_on_e(rng: random.Random, style: str, draws: int, typ: str, kind: str, **kw) -> Report:
    """A wording style on style e's layouts/arithmetic with the hooks of style aa (aa, ag): the phrases_<style> banks
    (self reports: <S>_SELF overrides), subjects, sub-heading titles, score-table deduction wording, indicator wording,
    highlight parts, energy-table note, veto check-list result words and self-report brief label, read from _AA.
    ``draws`` decorrelates it from the styles before it."""
    global _AA, PARK_E, SC_E, HIGHLIGHT_PARTS_E, DED_REASONS_E, INDICATOR_VAL_E, TITLES_E
    import importlib
    P, S = importlib.import_module(f"{__package__}.phrases_{style}"), style.upper()
    for _ in range(draws):
        rng.random()
    self_kind = kind == "self"
    saved = (BANKS["e"], PARK_E, SC_E, HIGHLIGHT_PARTS_E, DED_REASONS_E, INDICATOR_VAL_E, TITLES_E)
    try:
        _AA = {"we": getattr(P, f"{style}_subjects"), "brief": getattr(P, f"BRIEF_{S}"),
               "energy_note": getattr(P, f"ENERGY_NOTE_{S}_SELF" if self_kind else f"ENERGY_NOTE_{S}"),
               "veto_none": getattr(P, f"VETO_NONE_{S}_SELF" if self_kind else f"VETO_NONE_{S}")}
        BANKS["e"] = dict(getattr(P, S), **getattr(P, f"{S}_SELF")) if self_kind else getattr(P, S)
        PARK_E, SC_E, HIGHLIGHT_PARTS_E = getattr(P, f"PARK_{S}"), getattr(P, f"SC_{S}"), getattr(P, f"HIGHLIGHT_PARTS_{S}")
        DED_REASONS_E, INDICATOR_VAL_E = getattr(P, f"DED_REASONS_{S}"), getattr(P, f"INDICATOR_VAL_{S}")
        TITLES_E = getattr(P, f"TITLES_{S}_SELF" if self_kind else f"TITLES_{S}")
        r = build(rng, "e", typ, kind, **kw)
    finally:
        _AA = None
        BANKS["e"], PARK_E, SC_E, HIGHLIGHT_PARTS_E, DED_REASONS_E, INDICATOR_VAL_E, TITLES_E = saved
    r.truth["style"] = style
    r.facts["variant"] = style
    return r


def _build_aa(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "aa", 3, typ, kind, **kw)  # decorrelated from the style e, o and u draws


def _build_ag(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "ag", 5, typ, kind, **kw)  # decorrelated from the style e, o, u and aa draws


def _build_am(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "am", 7, typ, kind, **kw)  # decorrelated from the style e, o, u, aa and ag draws


def _build_as(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "as", 9, typ, kind, **kw)  # decorrelated from the style e, o, u, aa, ag and am draws


def _build_aw(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "aw", 11, typ, kind, **kw)  # decorrelated from the style e, o, u, aa, ag, am and as draws


def _build_ba(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "ba", 13, typ, kind, **kw)  # decorrelated from the style e, o, u, aa, ag, am, as and aw draws


def _build_bf(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "bf", 15, typ, kind, **kw)  # decorrelated from the style e, o, u, aa, ag, am, as, aw and ba draws


def _build_bj(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "bj", 17, typ, kind, **kw)  # decorrelated from the style e, o, u, aa, ag, am, as, aw, ba and bf draws


def _build_bn(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "bn", 19, typ, kind, **kw)  # decorrelated from the style e, o, u, aa, ag, am, as, aw, ba, bf and bj draws


def _build_bs(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "bs", 21, typ, kind, **kw)  # decorrelated from the style e, o, u, aa, ag, am, as, aw, ba, bf, bj and bn draws


def _build_bx(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "bx", 23, typ, kind, **kw)  # decorrelated from the style e, o, u, aa, ag, am, as, aw, ba, bf, bj, bn and bs draws


def _build_cd(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "cd", 13, typ, kind, **kw)  # ... and from style by draws


def _build_ci(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "ci", 14, typ, kind, **kw)  # ... and from style cd draws


def _build_cn(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "cn", 15, typ, kind, **kw)  # ... and from style ci draws


def _build_cs(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "cs", 16, typ, kind, **kw)  # ... and from style cn draws


def _build_cu(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "cu", 20, typ, kind, **kw)  # ... and from style ad / aj / ap / av / bb / bi / br / bw / cb / cg / ck / cp draws


def _build_cz(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "cz", 21, typ, kind, **kw)  # ... and from style ad / aj / ap / av / bb / bi / br / bw / cb / cg / ck / cp / cu draws


def _build_dd(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "dd", 22, typ, kind, **kw)  # ... and from style ad / aj / ap / av / bb / bi / br / bw / cb / cg / ck / cp / cu / cz draws


def _build_cc(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "cc", 25, typ, kind, **kw)  # decorrelated from the style e, o, u, aa, ag, am, as, aw, ba, bf, bj, bn, bs and bx draws


def _build_ch(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "ch", 27, typ, kind, **kw)  # decorrelated from the style e, o, u, aa, ag, am, as, aw, ba, bf, bj, bn, bs, bx and cc draws


def _build_cm(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "cm", 29, typ, kind, **kw)  # decorrelated from the style e, o, u, aa, ag, am, as, aw, ba, bf, bj, bn, bs, bx, cc and ch draws


def _build_cr(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "cr", 31, typ, kind, **kw)  # decorrelated from the style e, o, u, aa, ag, am, as, aw, ba, bf, bj, bn, bs, bx, cc, ch and cm draws


def _build_cy(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "cy", 17, typ, kind, **kw)  # ... and from style cs draws


def _build_dc(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "dc", 18, typ, kind, **kw)  # ... and from style cy draws


def _build_dg(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "dg", 19, typ, kind, **kw)  # ... and from style dc draws


def _build_dl(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "dl", 20, typ, kind, **kw)  # ... and from style dg draws


def _build_dq(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "dq", 21, typ, kind, **kw)  # ... and from style dl draws


def _build_dv(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_a(rng, "dv", 22, typ, kind, **kw)  # ... and from style dq draws


def _build_di(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "di", 23, typ, kind, **kw)  # ... and from style ad / aj / ap / av / bb / bi / br / bw / cb / cg / ck / cp / cu / cz / dd draws


def _build_cw(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "cw", 33, typ, kind, **kw)  # decorrelated from the style e, o, u, aa, ag, am, as, aw, ba, bf, bj, bn, bs, bx, cc, ch, cm and cr draws


def _build_da(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "da", 35, typ, kind, **kw)  # decorrelated from the style e, o, u, aa, ag, am, as, aw, ba, bf, bj, bn, bs, bx, cc, ch, cm, cr and cw draws


def _build_df(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "df", 37, typ, kind, **kw)  # decorrelated from the style e, o, u, aa, ag, am, as, aw, ba, bf, bj, bn, bs, bx, cc, ch, cm, cr, cw and da draws


def _build_dj(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "dj", 39, typ, kind, **kw)  # ... and from style df draws


def _build_do(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "do", 40, typ, kind, **kw)  # ... and from style dj draws


def _build_dt(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_e(rng, "dt", 41, typ, kind, **kw)  # ... and from style do draws


def _build_ce(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "ce", 14, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al, ar, ax, bc, bg, bl, bp, bu and bz draws


def _build_cj(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "cj", 15, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al, ar, ax, bc, bg, bl, bp, bu, bz and ce draws


def _build_co(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "co", 16, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al, ar, ax, bc, bg, bl, bp, bu, bz, ce and cj draws


def _build_ct(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "ct", 17, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al, ar, ax, bc, bg, bl, bp, bu, bz, ce, cj and co draws


def _build_cv(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "cv", 18, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al, ar, ax, bc, bg, bl, bp, bu, bz, ce, cj, co and ct draws


def _build_db(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "db", 19, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al, ar, ax, bc, bg, bl, bp, bu, bz, ce, cj, co, ct and cv draws


def _build_dk(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "dk", 20, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al, ar, ax, bc, bg, bl, bp, bu, bz, ce, cj, co, ct, cv and db draws


def _build_dp(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "dp", 21, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al, ar, ax, bc, bg, bl, bp, bu, bz, ce, cj, co, ct, cv, db and dk draws


def _build_du(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "du", 22, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al, ar, ax, bc, bg, bl, bp, bu, bz, ce, cj, co, ct, cv, db, dk and dp draws


def _build_dx(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_c(rng, "dx", 23, typ, kind, **kw)  # decorrelated from style c, n, t, y, af, al, ar, ax, bc, bg, bl, bp, bu, bz, ce, cj, co, ct, cv, db, dk, dp and du draws


def _build_dm(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "dm", 24, typ, kind, **kw)  # ... and from style di draws


def _build_dr(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "dr", 25, typ, kind, **kw)  # ... and from style dm draws


def _build_dw(rng: random.Random, typ: str, kind: str, **kw) -> Report:
    return _build_on_b_pinned(rng, "dw", 26, typ, kind, **kw)  # ... and from style dr draws


def build(rng: random.Random, style: str, typ: str, kind: str, **kw) -> Report:
    if style == "ba":
        return _build_ba(rng, typ, kind, **kw)
    if style == "bf":
        return _build_bf(rng, typ, kind, **kw)
    if style == "bj":
        return _build_bj(rng, typ, kind, **kw)
    if style == "bn":
        return _build_bn(rng, typ, kind, **kw)
    if style == "bs":
        return _build_bs(rng, typ, kind, **kw)
    if style == "bx":
        return _build_bx(rng, typ, kind, **kw)
    if style == "cc":
        return _build_cc(rng, typ, kind, **kw)
    if style == "aw":
        return _build_aw(rng, typ, kind, **kw)
    if style == "as":
        return _build_as(rng, typ, kind, **kw)
    if style == "am":
        return _build_am(rng, typ, kind, **kw)
    if style == "ag":
        return _build_ag(rng, typ, kind, **kw)
    if style == "aa":
        return _build_aa(rng, typ, kind, **kw)
    if style == "z":
        return _build_z(rng, typ, kind, **kw)
    if style == "ae":
        return _build_ae(rng, typ, kind, **kw)
    if style == "ak":
        return _build_ak(rng, typ, kind, **kw)
    if style == "aq":
        return _build_aq(rng, typ, kind, **kw)
    if style == "y":
        return _build_y(rng, typ, kind, **kw)
    if style == "af":
        return _build_af(rng, typ, kind, **kw)
    if style == "al":
        return _build_al(rng, typ, kind, **kw)
    if style == "ar":
        return _build_ar(rng, typ, kind, **kw)
    if style == "ax":
        return _build_ax(rng, typ, kind, **kw)
    if style == "bc":
        return _build_bc(rng, typ, kind, **kw)
    if style == "bg":
        return _build_bg(rng, typ, kind, **kw)
    if style == "bl":
        return _build_bl(rng, typ, kind, **kw)
    if style == "bp":
        return _build_bp(rng, typ, kind, **kw)
    if style == "bu":
        return _build_bu(rng, typ, kind, **kw)
    if style == "bz":
        return _build_bz(rng, typ, kind, **kw)
    if style == "ce":
        return _build_ce(rng, typ, kind, **kw)
    if style == "cj":
        return _build_cj(rng, typ, kind, **kw)
    if style == "co":
        return _build_co(rng, typ, kind, **kw)
    if style == "ct":
        return _build_ct(rng, typ, kind, **kw)
    if style == "cv":
        return _build_cv(rng, typ, kind, **kw)
    if style == "db":
        return _build_db(rng, typ, kind, **kw)
    if style == "dk":
        return _build_dk(rng, typ, kind, **kw)
    if style == "dp":
        return _build_dp(rng, typ, kind, **kw)
    if style == "du":
        return _build_du(rng, typ, kind, **kw)
    if style == "dx":
        return _build_dx(rng, typ, kind, **kw)
    if style == "dl":
        return _build_dl(rng, typ, kind, **kw)
    if style == "dq":
        return _build_dq(rng, typ, kind, **kw)
    if style == "dv":
        return _build_dv(rng, typ, kind, **kw)
    if style == "dm":
        return _build_dm(rng, typ, kind, **kw)
    if style == "dr":
        return _build_dr(rng, typ, kind, **kw)
    if style == "dw":
        return _build_dw(rng, typ, kind, **kw)
    if style == "x":
        return _build_x(rng, typ, kind, **kw)
    if style == "ad":
        return _build_ad(rng, typ, kind, **kw)
    if style == "aj":
        return _build_aj(rng, typ, kind, **kw)
    if style == "ap":
        return _build_ap(rng, typ, kind, **kw)
    if style == "av":
        return _build_av(rng, typ, kind, **kw)
    if style == "bb":
        return _build_bb(rng, typ, kind, **kw)
    if style == "bi":
        return _build_bi(rng, typ, kind, **kw)
    if style == "br":
        return _build_br(rng, typ, kind, **kw)
    if style == "bw":
        return _build_bw(rng, typ, kind, **kw)
    if style == "cb":
        return _build_cb(rng, typ, kind, **kw)
    if style == "cg":
        return _build_cg(rng, typ, kind, **kw)
    if style == "ck":
        return _build_ck(rng, typ, kind, **kw)
    if style == "cp":
        return _build_cp(rng, typ, kind, **kw)
    if style == "cu":
        return _build_cu(rng, typ, kind, **kw)
    if style == "cz":
        return _build_cz(rng, typ, kind, **kw)
    if style == "dd":
        return _build_dd(rng, typ, kind, **kw)
    if style == "di":
        return _build_di(rng, typ, kind, **kw)
    if style == "ch":
        return _build_ch(rng, typ, kind, **kw)
    if style == "cm":
        return _build_cm(rng, typ, kind, **kw)
    if style == "cr":
        return _build_cr(rng, typ, kind, **kw)
    if style == "cw":
        return _build_cw(rng, typ, kind, **kw)
    if style == "da":
        return _build_da(rng, typ, kind, **kw)
    if style == "u":
        return _build_u(rng, typ, kind, **kw)
    if style == "r":
        return _build_r(rng, typ, kind, **kw)
    if style == "p":
        return _build_p(rng, typ, kind, **kw)
    if style == "o":
        return _build_o(rng, typ, kind, **kw)
    if style == "n":
        return _build_n(rng, typ, kind, **kw)
    if style == "t":
        return _build_t(rng, typ, kind, **kw)
    if style == "s":
        return _build_s(rng, typ, kind, **kw)
    if style == "l":
        return _build_l(rng, typ, kind, **kw)
    if style in ("m", "q", "v", "ac", "ah"):
        return _build_on_d(rng, style, typ, kind, **kw)
    if style == "an":
        return _build_on_d(rng, "an", typ, kind, **kw)  # style an: style-d machinery, phrases_an banks
    if style == "at":
        return _build_on_d(rng, "at", typ, kind, **kw)  # style at: style-d machinery, phrases_at banks
    if style == "ay":
        return _build_on_d(rng, "ay", typ, kind, **kw)  # style ay: style-d machinery, phrases_ay banks
    if style == "bd":
        return _build_on_d(rng, "bd", typ, kind, **kw)  # style bd: style-d machinery, phrases_bd banks
    if style == "bh":
        return _build_on_d(rng, "bh", typ, kind, **kw)  # style bh: style-d machinery, phrases_bh banks
    if style == "bm":
        return _build_on_d(rng, "bm", typ, kind, **kw)  # style bm: style-d machinery, phrases_bm banks
    if style == "bq":
        return _build_on_d(rng, "bq", typ, kind, **kw)  # style bq: style-d machinery, phrases_bq banks
    if style == "bv":
        return _build_on_d(rng, "bv", typ, kind, **kw)  # style bv: style-d machinery, phrases_bv banks
    if style == "w":
        return _build_w(rng, typ, kind, **kw)
    if style == "ab":
        return _build_ab(rng, typ, kind, **kw)
    if style == "ai":
        return _build_ai(rng, typ, kind, **kw)
    if style == "ao":
        return _build_ao(rng, typ, kind, **kw)
    if style == "au":
        return _build_au(rng, typ, kind, **kw)
    if style == "az":
        return _build_az(rng, typ, kind, **kw)
    if style == "be":
        return _build_be(rng, typ, kind, **kw)
    if style == "bk":
        return _build_bk(rng, typ, kind, **kw)
    if style == "bo":
        return _build_bo(rng, typ, kind, **kw)
    if style == "bt":
        return _build_bt(rng, typ, kind, **kw)
    if style == "by":
        return _build_by(rng, typ, kind, **kw)
    if style == "cd":
        return _build_cd(rng, typ, kind, **kw)
    if style == "ci":
        return _build_ci(rng, typ, kind, **kw)
    if style == "cn":
        return _build_cn(rng, typ, kind, **kw)
    if style == "cs":
        return _build_cs(rng, typ, kind, **kw)
    if style == "cy":
        return _build_cy(rng, typ, kind, **kw)
    if style == "dc":
        return _build_dc(rng, typ, kind, **kw)
    if style == "dg":
        return _build_dg(rng, typ, kind, **kw)
    if style == "ca":
        return _build_ca(rng, typ, kind, **kw)
    if style == "cf":
        return _build_cf(rng, typ, kind, **kw)
    if style == "cl":
        return _build_cl(rng, typ, kind, **kw)
    if style == "cq":
        return _build_cq(rng, typ, kind, **kw)
    if style == "cx":
        return _build_cx(rng, typ, kind, **kw)
    if style == "de":
        return _build_de(rng, typ, kind, **kw)
    if style == "dh":
        return _build_dh(rng, typ, kind, **kw)
    if style == "dn":
        return _build_dn(rng, typ, kind, **kw)
    if style == "ds":
        return _build_ds(rng, typ, kind, **kw)
    if style == "dy":
        return _build_dy(rng, typ, kind, **kw)
    if style == "df":
        return _build_df(rng, typ, kind, **kw)
    if style == "dj":
        return _build_dj(rng, typ, kind, **kw)
    if style == "do":
        return _build_do(rng, typ, kind, **kw)
    if style == "dt":
        return _build_dt(rng, typ, kind, **kw)
    if style == "k":
        return _build_k(rng, typ, kind, **kw)
    if style == "j":
        return _build_j(rng, typ, kind, **kw)
    if style == "i":
        return _build_i(rng, typ, kind, **kw)
    if style == "h":
        return _build_h(rng, typ, kind, **kw)
    if style == "g":
        return _build_g(rng, typ, kind, **kw)
    if typ == "factory":
        return build_factory(rng, style, kind, **kw)
    if typ == "park":
        return build_park(rng, style, kind)
    return build_supply_chain(rng, style, kind)
