"""The words around a named figure in prose that the indicator reader takes or refuses.

Glue between a name and its value ("2025年", "（当量值）", "为"), per-unit and change wording that makes a figure
something else, the scope words of a whole plant, and how a table cell names an indicator; kept apart from the
reader itself (indicators.py).
"""

from __future__ import annotations

import re

_ITEM_NUMBER = re.compile(r"^\d+[.、]\s*")
_TRAILING_YEAR = re.compile(r"[（(]\s*((?:19|20)\d{2})\s*年度?\s*(?:数据)?\s*[)）]\s*[。.]?\s*$")
_EQUIVALENT_BASIS = re.compile(r"\s*[（(](?:当量值|按当量值计|当量)[)）]\s*$")
# a name led by a per-unit word ("每平方米…", "人均…", "单位产值…") names a rate, not the total
# "园区规上企业户均综合能耗", "单位面积工业增加值": an average per enterprise or per area
_PER_UNIT = re.compile(r"(?:每(?![年月日天季])|(?<![\d.])一(?:平方米|平米|亩|吨|件|人)|人均|亩均|地均|户均|家均|企均|厂均|(?<![本该评报能水请])单位(?=产品|产值|工业|增加值|面积|用地|土地)|万元产值|万元增加值|吨产品)[^，。；：:]{0,12}$")  # "每个数都标明出处：用地面积…": a colon ends it
# "约1.63亿元/km²": an amount over a denominator the unit reader does not know is a rate, not the amount ("t/a" is per year)
# ("占地面积38,000 m²／用地面积…" is a division, not a unit)
_PER_DENOMINATOR = re.compile(r"\s*[/／]\s*(?![aA](?![a-zA-Z])|yr|year)(?:[a-zA-Z²㎡㎞]+|平方(?:公里|千米|米)|公顷|亩|人|户|家|个|天|日|月)(?![\u4e00-\u9fff\d])")
# "fresh water intake（工业取水量）仍有780,000 m³": a name glossing the term before it in brackets; its value follows the bracket
_GLOSS_OPEN = re.compile(r"[（(][\u4e00-\u9fff]{0,4}$")
_GLOSS_CLOSE = re.compile(r"\s*[)）](?=\s*[\u4e00-\u9fff]{0,6}?\s*\d)")
# "综合能耗（tce）：2023年41,400.0，2024年42,240.0，…": a name, its unit in a note, then each year's amount
_UNIT_NOTE_YEARS = re.compile(r"\s*[（(][^（）()]{1,12}[)）]\s*[：:]\s*(?:19|20)\d{2}\s*年")
_PER_UNIT_LEAD = re.compile(r"(?:每|人均|单位)(?:平方米|平米|m²|㎡|亩|万元|吨|件|人|千瓦时)[^，。；]{0,6}[，,]\s*$")
_WORKED = re.compile(r"\s*[=＝][^。；，]{1,60}[=＝≈]\s*")  # to the last "=" or "≈": "=取水量÷工业总产值=180,000 m³÷52,000万元≈3.46"
# "容积率：84,000÷60,000=1.40": the first number an operand, the value the result after the last "=" or "≈"
_OPERAND_AFTER = re.compile(r"\s*[÷/×*]\s*[\d(（][^。；，]{0,60}[=＝≈]\s*")
# "容积率2.16（368061 m²/ 170150亩）": the operands of a stated ratio in a parenthesis right after it
_OPERANDS = re.compile(r"\s*[（(](?P<inner>[^（）()]{3,60})[)）]")
# between a name and its value: "】", a year ("【单位产值综合能耗】2024年13.71"), then a verb or colon
# "单位产值综合能耗显示，2025年为39.10": a verb of showing, then the year and the value
# "工业总产值按当年价格计算，2025年为93,928元", "用地面积取不动产权证书证载数66240亩": how the figure is taken, first
# "单位产值综合能耗整编：末年即2025年为71.71": a label word before the colon, the year named as the last
_GLUE = (r"\s*(?:(?:按|以)(?![^，。；\d]{0,8}等价)[^，。；\d]{1,12}?(?:计算|计|统计|核算)\s*[，,]\s*(?=(?:19|20)\d{2}|为)|取[^，。；\d]{1,16}?(?:(?:证载|登记|核定|实测)?数|的)\s*(?=\d))?"
         r"(?:(?:显示|表明|结果显示|计算结果)\s*[，,：:]\s*(?=(?:19|20)\d{2}))?(?:】\s*)?(?:折(?:合)?标(?:准)?煤\s*)?(?:[（(](?:当量值|按当量值计|当量|现价|当年价格?|折标煤|折标准煤|折标)[)）]\s*)?(?:(?:整编|情况|数据|核定|核算|复核|计算|统计|整理|汇总|结果|成果|资料)?(?:[：:]|——|—)\s*(?:(?:末年|最后一年|最近一年|最新一年|期末|报告期末|数据期末年?)即\s*)?(?=(?:19|20)\d{2}))?(?:[（(〔\[]\s*(?P<pyear>(?:19|20)\d{2})\s*年?度?\s*(?:[，,、]\s*(?:当量值|按当量值计|含[^（）()，,]{1,10}))?\s*[)）〕\]]\s*[：:]?\s*)?(?:(?P<year>(?:19|20)\d{2})\s*年度?\s*)?"
         # "降到15.90" as "降至15.90": 到 after a verb of change
         r"(?:[\u4e00-\u9fff]{0,6}?(?:为|是|达到?|约为?|共计|总计|合计|在|至|(?<=[降升增减高低长])到)\s*[：:]?|[，,]\s*(?:为|是|达到?|约为?)|：|:|（|\(|——|—|\s)?\s*")
# a longer verb phrase between a name and its value, only where nothing in it makes the value another quantity
# "计容建筑面积（总平面图）108,700 m²": a source note in brackets may stand alone before the value
_LOOSE_GLUE = re.compile(r"\s*(?:[（(][^（）()]{0,12}[)）]\s*(?=\d)"
                         # "综合利用量（含外售废铜箔、废板边料、废纸箱、废塑料桶等）为1,380 t": a longer list of what it takes in
                         r"|[（(](?:含|包括|包含)[^（）()\d]{13,40}[)）]\s*(?:为|是|达到?|约为?|共计|合计|[：:])?\s*(?=\d)"
                         # "2025年的工业总产值，经核定为79,747万元": a checked value after a comma
                         r"|[，,]\s*经(?:核定|核实|核查|复核|审核|测算|统计|核算)(?:后)?(?:为|是|达)?\s*(?=\d)"
                         # "电力，实物量26,500万kWh，折标系数…": a table row written out, the physical amount labelled
                         r"|[，,：:]\s*实物(?:消耗|消费|使用)?量\s*(?:为|是|[：:])?\s*(?=\d)"
                         # "问：园区2025年新鲜水取用量是多少？答：约72万立方米", "Q：2024年的综合能耗？A：1,580.2 tce": the answer's figure
                         r"|(?:(?:是|有|为)?(?:大概|大约|约)?(?:多少|几何|多大)[^，。；\d？?]{0,6})?[？?]\s*(?:[\u4e00-\u9fff]{0,6}?答|A)\s*[：:]\s*"
                         r"(?:[\u4e00-\u9fff]{0,4}?(?:是|为|约|大约|大概|共|合计))?\s*(?=\d)"
                         r"|(?:[（(][^（）()]{0,12}[)）])?[\u4e00-\u9fff]{1,10}?(?:为|是|达到?|约为?|计|在|至|了)?\s*(?=[\d一二三四五六七八九]))")
# "单位产值综合能耗眼下只有2025年一整年的台账数，为23.18 kgce/万元": the year in a clause, then the value after a comma,
# unless the clause compares, plans or sums
_YEAR_CLAUSE_GLUE = re.compile(r"[^，。；\d]{0,6}?(?:19|20)\d{2}\s*年度?[^，。；\d]{0,10}?[，,]\s*(?:为|是|约为?)\s*(?=\d)")
_YEAR_CLAUSE_NOT = re.compile(r"较|比|增|减|降|升|目标|计划|预计|同比|环比|累计|平均|年均|合计|其中|占|前|后|至|到|—")
# a name named as the topic ("关于综合能耗的数值，") and its value in the comment that follows, with its year
_TOPIC_LEAD = re.compile(r"(?:关于|对于|就)\s*$")
_TOPIC_GLUE = re.compile(r"(?:的?(?:数值|数据|取值|核定值|认定值|口径))?\s*[，,：:]\s*(?:[^，。；,;\d]{0,12}?(?:认定|确认|核定|核实|审定|复核|采信|核得|确定)(?:的)?)?\s*"
                         r"(?P<year>(?:19|20)\d{2})\s*年度?\s*(?:的)?(?:数值|值)?\s*(?:为|是|达)\s*(?=\d)")
# a bound before the value: "超6亿元", "逾1,800 tce" (at least), "近6亿元", "不足1,000 tce" (at most)
_CHANGED_TO = re.compile(r"^(?:19|20)\d{2}\s*年度?(?:下降|降低|上升|增长|提高|降|升|增|减)(?:为|至|到)")  # "2025年降为39.06"
_COMPARED = re.compile(r"(?:较|比|相比|相较于?|对比|和|与|同)\s*$")
# "由50.65 kgce/万元降至2025年的43.69 kgce/万元": the value changed to, with its own year
_CHANGED_BEFORE = re.compile(r"(?:下降|降低|上升|增长|提高|降|升|增|减)(?:为|至|到)\s*$")
_BOUND_GLUE = re.compile(r"\s*(?:[\u4e00-\u9fff]{0,4}?)(超过|超|逾|多于|高于|近|接近|将近|不足|不到)\s*(?=[\d一二三四五六七八九])")
_MIN_WORDS = ("超过", "超", "逾", "多于", "高于")
_NOT_GLUE = re.compile(r"中|其中|占|的|之|比|较|除|扣除|以外|每|单位|人均|同比|环比|增|减|降|升|节|省|目标|计划|预计|限|标准|要求|不|未|超|低|高|前|后|后续|累计|由|从|自|起"
                       r"|^(?:及|与|和|以及|、)"  # "计容建筑面积及58,613平方米的建构筑物…": the number opens the next item
                       r"|贮存|处置|外委|委外|转移|利用|危废|危险|填埋|焚烧")
_OTHER_NOUN = re.compile(r"面积|用地|占地|电量|用量|水量|气量|产值|能耗|系数|比例|装机|容量|[率额]")
# "光伏发电量（自用与上网合计）为…", "（含自用部分）": a bracket saying what the figure takes in, not another quantity
_SCOPE_ASIDE = re.compile(r"^\s*[（(](?![^（）()]*(?:其中|占|扣除|除|不含|未含))(?:(?:含|包括|包含)[^（）()\d]{1,40}|[^（）()\d]{1,12}(?:合计|总计|之和|在内|总和))[)）]")


_CEILING_AFTER = re.compile(r"\s*(?:以内|之内|以下)")  # "控制在2,000 tce以内": a limit, not the figure
_TOTALS = {"electricity", "energy_total", "water_intake", "output_value", "natural_gas"}
_MONTH = re.compile(r"(?<![\d.])(?:[1-9]|1[0-2])\s*月(?:份)?(?!\d)|当月|月度|月均")
_WHOLE_YEAR = re.compile(r"(?<!\d)1\s*[-—–~～至到]\s*12\s*月|全年")
# "规模以上工业企业" is a statistical scope, not "以上" a threshold; with a region before it ("全市规上企业",
# "海沧区规模以上工业…") it is the region's figure, which not_a_value keeps out
_SCALE = re.compile(r"规模以上|规上")
_REGION_SCALE = re.compile(r"(?:全[市区省县国]|[市省县]|(?<![园发业])区)(?:内)?(?:规模以上|规上)")
# "自有工序用电": all the plant's own processes, not one of them (工序 is otherwise a part)
_WHOLE_PROCESS = re.compile(r"(?:自有|全部|所有|全)工序")
# "按综合利用量÷（当年产生量＋综合利用往年贮存量）计算": the report's own definition, another quantity
_OWN_DEFINITION = re.compile(r"[÷/]\s*[（(][^）)]{0,30}[＋+]")
_CHANGE_WORDS = {"较", "同比", "下降", "降低", "减少", "增加", "增长", "提高", "节约", "节省"}
# "一般工业固体废物管理台账…。2024年产生量673.1 t，综合利用量573.7 t": the paragraph names the waste once
# (or "屋顶分布式光伏装机2.01 MW；2025年发电量207.67万kWh"): unless the sentence names another kind
_OTHER_WASTE = re.compile(r"危|污泥|废水|废气|污水|生活垃圾|废液|废渣|粉煤灰|炉渣|水")
_PARAGRAPH_SUBJECT = {"waste_generated": _OTHER_WASTE, "waste_used": _OTHER_WASTE,
                      "pv_generation": re.compile(r"余热|风电|风力|燃气|热电|柴油|发电机|储能|水电"),
                      # "光伏1.93 MW；2024年发电2754600 kWh；占用电量1.9%": the share in the PV sentence's next clause
                      "pv_share": re.compile(r"余热|风电|风力|燃气|热电|柴油|发电机|储能|水电|空压|照明|车间|设备|电机|工序|产线|办公|生活")}
# a company's name is no context: "光伏" in "厦门永晟光伏科技有限公司" does not make a sentence about PV
_ORG_NAME = re.compile(r"(?:厦门|福建|泉州|漳州|福州|莆田|三明|南平|龙岩|宁德|[\u4e00-\u9fff]{2}[省市])[\u4e00-\u9fff（）()]{2,16}?(?:股份)?有限(?:责任)?公司")
# "并网表…2025年累计发电3363300 kWh；装机2.98MW，光伏电量占…": the plant named later in the same sentence
_NAMED_AFTER = {"pv_generation"}
_WASTE_KEYS = {"waste_generated", "waste_used"}
_YEAR_SPAN = re.compile(r"(?:19|20)\d{2}\s*年?\s*[-—–~～至到]+\s*(?:19|20)?\d{2}\s*年")  # "2023—2025年三年累计": several years
_OTHER_BASIS = re.compile(r"等价值|若按|如按|假如|假设|仅作对比|仅供参考|仅作参考")
# "二〇二五年": a year in Chinese digits, read as "2025年" (same length, so quotes keep their places)
_CN_YEAR = re.compile(r"[一二][〇零○0九][〇零○一二三四五六七八九]{2}(?=\s*年)")
_CN_DIGITS = str.maketrans("〇零○一二三四五六七八九", "00012345678" + "9")


_LEAD_YEAR_BEFORE = re.compile(r"((?:19|20)\d{2})\s*年度?(?:的|之)?\s*$")


def footprint_or_site(text: str, start: int, end: int) -> str | None:
    """What "占地" or "占地面积" at ``start``–``end`` names: the buildings' footprint ("建（构）筑物、露天堆场及操作场地
    占地面积18055 m²", "建筑系数57.8%＝占地面积49,636 m²／…", "建筑系数60.7%（占地24907 m²）", "工业用地A m²、计容建筑面积
    B m²及占地面积C m²"), one building's footprint or a bracketed area after another figure (None: no value), or the site."""
    cut = max(text.rfind(c, 0, start) for c in "，,。；;")
    after = re.match(r"[^；;。]{0,30}", text[end:]).group(0)
    sentence_head = text[max(text.rfind("。", 0, start), text.rfind("；", 0, start)) + 1: start]
    if re.search(r"建筑系数|建筑密度|筑物|堆场", text[cut + 1: start]) or re.search(r"[，,]\s*建筑(?:系数|密度)", after) \
            or re.search(r"用地(?:面积)?\s*(?:为|是|[:：])?\s*\d[^。；]*(?:、|以及|及|和|与)\s*$", sentence_head) \
            or re.search(r"建筑(?:系数|密度)[^；;。，,]{0,12}[，,][^；;。，,]{0,6}$", text[:start]):  # "建筑系数50.0%，就是占地面积…"
        return "building_footprint"
    if re.search(r"厂房|车间|仓库|楼|建筑", text[cut + 1: start]) or re.search(r"[（(]\s*$", text[max(0, start - 2): start]):
        return None
    return "land_area"
