"""Reading whether a report states a negative-list condition as a fact about itself, or denies it.

Prose denials come in many shapes ("未发生……", "……：无", "以上情形均不存在", "是否……：否"). In a
checklist (a table or paragraph going through several conditions, or a 否决条件 section) a new writer's
"no" is the open-ended side, so there a condition counts only with an affirmative answer: yes, a
positive count, harm, a penalty, a listing verb.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reviewer.rules import park_veto
from reviewer.rules.checklist import clause_affirms, repeated_answer, row_states
from reviewer.rules.inline_checklist import legend_states, option_states, typed_table_states
from reviewer.rules.negation_scope import OPEN_STATE, VETO_WORD, bare_catalogue, enclosed_denial, scope_denies
from reviewer.structure.enumerations import sentence_end
from reviewer.structure.spans import RU_CONDITION

_CLAUSE_START = re.compile(r"[，。；;,\n：:]")
# right after the condition: "：无", "为零", "发生数为0起", "发生率为0", "名单中无该企业", "的记录为零"
# ("“被移出绿色制造名单”一项不适用": a quoted item's own answer; "事故台账为零记录", "经营异常信息栏为空": its ledger or column empty)
_AFTER_DENIAL = re.compile(r"^[”」\"]?\s*(?:一项|这一项|该项|此项|一栏)?\s*(?:不适用|不涉及)|^\s*[（(]?\s*(?:中|内|里|上)?\s*(?:的?(?:数|起数|次数|发生次数|发生数|发生率|数量|总数|记录|台账|登记|档案|栏|一栏|事|事情|情况|情形))?\s*(?:均|都|皆|更是|也|亦|从来|根本)?(?:为|是|[：:])?\s*"
                           r"(?:无|0(?:\.0+)?\s*(?:起|次|项|例|%|％)?(?![\d.])|零|空白|为空|空(?=[，,。；;]|$)|清白|未发生|不存在|否|也?没得|(?:也|都|亦)?没有?(?=\s*(?:[，,。；;、]|$))|一[起次件例项宗]?(?:也|都)?(?:没有|没|未发生|无)"
                           # "一起……事故都没出", "事故没有出过"
                           r"|(?:没|没有|未曾?)(?:出|发生|出现)过?(?![\u4e00-\u9fff]{0,2}(?:以外|之外))"
                           # "…，节能监察整改逾期未查见": an item answered by its own "not found", whatever its name says
                           r"|未(?:查见|见到?|发现|查到|查出|检出)(?!原因|问题|整改)"
                           # "…，节能监察整改逾期检索无记录": the check named, then its empty result
                           r"|(?:经)?(?:检索|查询|核查|核实|比对|查证)(?:后|结果)?(?:为|[：:])?\s*(?:无记录|无结果|未见记录|无相关记录|未查到|未查见))")
# "连续停产12个月及以上根本不存在": a threshold closing the condition's name, before its answer
_THRESHOLD = re.compile(r"(?:(?:及|或|及其)?以上)?")
# "经营异常名录、失信被执行人——未列入；": an answer closing the clause after the condition
# "连续停产一年以上——逐月电量序列无中断": an answer that production never stopped
_NEVER_STOPPED = re.compile(r"[^；;。\n，,]*?(?:——|—|－|[:：])\s*[^；;。\n，,]{0,12}?(?:无|未|没有|从未)(?:中断|间断|断档|停止|停过)")
_CLAUSE_ANSWER = re.compile(r"[^；;。\n，,]*?(?:(?:——|—|－|[:：｜|]|→|->|⇒)\s*(?:近三年|经核查|经查询|经查|均|全部|一律|目前)?\s*(?:本条|本项|该项|此项|该条|此条)?\s*"
                            r"(?:查无|从未|从来没有|并非|空白|清白|[不无未没零否非])[^；;。\n，,]{0,10}"
                            # "，检索未见", "，经查询无": the check named before its answer
                            r"|[，,]\s*(?:经)?(?:(?:检索|查询|核查|核实|查证|比对|筛查|网查|系统查询)(?:后|结果)?(?:为|[：:])?\s*)?"
                            r"(?:均|都|全都|一[起次件例项个宗]也|一[起次件例项个宗]都|同样|也|亦|同样也|也是)?(?:查无|否|无|没有发生|没发生|未曾发生|没有|不存在|未发生|不涉及|未涉及|未列入|未见|不在列|未查见|未查到|未查出|未发现|未查询到|未检索到|没出过|没出|从来没有过?|从没有过?|从未有过|没有过"
                            # colloquial answers: "没有这回事", "没碰上过", "不在里头"
                            r"|没有?这回?事|(?:并|从)?无此事|没有此[类种]?事|没(?:碰|遇|接|收)(?:上|到)过?|不是|[没不]在(?:里头|里面|其中|名单里|名录里))"
                            # "，查无实据", "，未见证据": no evidence of it
                            r"(?:此|该|相关|此类|这类)?(?:记录|情况|情形|事项|事|实据|实证|证据|佐证|依据)?)"
                            # "——查无，满足；", "，无此记录，不成立。": the item's verdict may follow the answer
                            r"(?:[，,]\s*(?:判定)?(?:为)?(?:满足|符合|合格|通过|不成立|不构成|不适用|不涉及)[^；;。\n，,]{0,8})?"
                            r"(?:(?<=不适用|不涉及)[，,](?![^；;。\n]*?(?:但|然而|不过|可是|除|其中|只是|[1-9]\d*\s*[起次人]))[^；;。\n]{0,30})?\s*(?=[；;。\n]|$)")


# a count of zero in the rest of the clause: "保持零发生", "“零发生”", "发生0起", "累计为0", "件数均为0件"
_ZERO_TAIL = re.compile(r"(?:(?![\d一二两三四五六七八九十]\s*[起次件例项宗人名])[^，,。；;\n]){0,30}?(?<![\d.])(?:零|〇|0(?:\.0+)?)(?![\d.])\s*(?:起|次|件|例|项|宗|条|家|个|%|％)?\s*(?:发生)?[”」\"']?\s*(?=[，,。；;\n]|$)")


def _clause_before(text: str, pos: int) -> str:
    cut = max((m.end() for m in _CLAUSE_START.finditer(text, 0, pos)), default=0)
    # keep the previous clause too when this one starts with "也/且/并/亦"
    return text[max(0, cut - 20) if text[cut: cut + 1] in "也且并亦" else cut: pos]


_CAUSE = re.compile(r'(?:因|由于|因为)[^，。；,;]{0,12}?[未无不没]|“[^”]{0,40}”|"[^"]{0,40}"')
_ROLE_NOUN = re.compile(r"(?:被|受)(?:核查|评价|评估|审核|检查|查询|评|检)(?:单位|方|企业|对象|主体|园区|工厂|公司|组织)")
# "检验员逐一排除了下列情形，申请检验方均不涉及——…": a denial that opens the list it governs
_GOVERNING = re.compile(r"未发现|未见|不存在|均未|均不存在|没有发现|未查询到|未查到|无以下|无下列"
                        r"|排除了?(?:下列|以下|如下|上述|这些)(?:各项|全部|所有)?(?:情形|情况|事项|条件)|不涉及\s*(?:——|—|：|:)"
                        # "下列情形一项也没查到：<the conditions>": a denial before the colon governs the list after it
                        r"|(?:下列|以下|如下)[^：:。；]{0,14}?(?:没|未|无|不存在|不涉及)[^：:。；]{0,6}[：:]")
_ADVERSATIVE = re.compile(r"但|然而|不过|其中|除")
# a condition named as a rule, a question or a precaution, not as a fact
# a rule's wording: "发生重大…事故、…事件的，应及时从各层面名单移出"
_RULE_AFTER = re.compile(r"[^。；]{0,60}?的\s*[，,]\s*(?:应|须|需|不得|一律|均应|将|予以|取消|不予|按规定|依规|按照规定|根据规定)"
                         # "连续停产12个月以上的企业视为未正常经营生产": a definition in the rule's words
                         r"|[^。；，,]{0,20}?的(?:企业|单位|园区|情形)\s*[，,]?\s*(?:视为|视同|应|须|不得|一律|不予|取消)"
                         # "发生…事故及网络、数据安全事件后，应按规定时限向主管部门报告": a duty after any such event
                         r"|[^。；，,]{0,6}?后\s*[，,]\s*(?:应|须|需|要|必须)")
# "笔者不得不指出": has to say, not a prohibition (不得)
_HYPOTHETICAL = re.compile(r"(?<!不)不得(?!不)|是否|如有|如在|如遇|倘|若(?!干)|如存在|包括|下列情况|否决条件包括|否决条件为|一旦|如发生|如果|假如|凡|防止|避免|杜绝|预防|严防|防范|以防"
                           # "什么情况下会被调整出…名单？", "园区可能发生的突发环境事件类型": a question on the rule, a risk
                           r"|(?:什么|哪些|哪种|何种)(?:情况|情形)|可能(?:发生|出现|引发|造成)"
                           r"|如被|如因|如出现|今后|将来|讲解|宣贯|宣讲|解读|(?:应|须|需|必须)(?:建立|健全|按规定|及时|立即)|是指|系指|指的是|定义为|划分为|分为|所称|口径|界定|频发|多发|高发|易发|任何(?![^，。；]{0,2}(?:生产|经营|开工|产出|出货))"
                           # "下列事项之一成立即不予通过：…": the rule's list, under its head
                           r"|(?:下列|以下|如下)[^。；：:]{0,6}?(?:之一|任一|任何一[项种条])[^。；：:]{0,10}?(?:不予|不得|否决|不通过|取消|不能)"
                           # "如企业在近三年内被调整出…名单，则…": a clause opening with 如 is a condition
                           + "|" + RU_CONDITION)
# after the condition: a drill, training, plan or risk about it, not an occurrence
# "应急预案（突发环境事件）已经备案": a plan for the condition, named before it
_PLAN_BEFORE = re.compile(r"(?:预案|演练|应急|培训|风险|应对|处置|防控)\s*[（(]?\s*$")
_NOT_EVENT_AFTER = re.compile(r"[^。；，,（(]{0,8}?(?:演练|演习|培训|预案|警示教育|案例|隐患排查|的可能|可能性|风险|的?(?:应对|处置|应急)?能力"
                              r"|(?:核查|查询|检索|查证)(?:方法|方式|途径|渠道|过程|步骤|日期)|(?:核查|查询|检索)结果以"
                              # "突发环境事件分为特别重大、重大、较大和一般四级": a classification, not an event
                              r"|(?:划)?分为|分成|的?(?:分级|分类|定义|范畴|口径|类型|种类|类别)|算不算|是否属于|属不属于|是不是|不同[：:，,]|有别|区别在于"
                              r"|[，,]?\s*(?:是指|系指|指的是)"
                              # "负责区内安全生产、消防和突发环境事件的统筹管理": a duty over such events, not one
                              r"|的?(?:统筹|日常|归口|综合|监督)?(?:管理|监管|协调|应对|处置)(?:工作|职责)?(?=[。；，,]|$)"
                              # "经营异常名录与严重违法失信名单不同": two lists compared
                              r"|与[^。；]{0,16}?(?:不同|区别|相同|类似|有别))")
# the sentence's subject is another party: "供应商…被列入", "该客户已被…", "同行业…发生…事故" (not "客户和订单信息被…": data)
_OTHER_PARTY = re.compile(r"(?:^|[，,。；;：:])[^，,。；;：:造导向对为给与和将使]{0,8}?(?:供应商|(?:母公司|集团|总公司|控股股东)(?:旗下|下属|所属)?的?[^，,。；;：:]{0,4}?(?:另一家|另外一家|其他|其它|兄弟|子公司)|[^，,。；;：:]{0,16}?(?:另一|另外一|其他|其它)(?:家|个|些)?(?:子公司|分公司|关联公司|关联企业|兄弟公司|成员企业)|供方|客户(?!门户|订单|信息|数据|资料|投诉|服务|名单|名录|清单|档案|隐私|[和与及、][\u4e00-\u9fff]{1,4}?(?:信息|数据|资料|档案|隐私))|承包商|相关方|同行|同业|同类企业|其他企业|兄弟企业|另一家|"
                          r"周边企业|邻近企业|行业内|业内|全行业|国内外|行业(?:近年|多次|曾|发生|内)"
                          # "邻近的某电镀企业", "某项目", "全国共有47家工厂", "海沧区2024年曾发生…": another or many parties, a region
                          r"|某[\u4e00-\u9fff]{0,6}?(?:企业|公司|工厂|厂|项目|单位)|一家[^，,。；]{0,8}?(?:企业|公司|工厂|厂|供应商)|其中(?:一|两|[1-9]\d*)家|(?:\d+|[两二三四五六七八九十几多]+)\s*家"
                          r"|全国|全省|全市|全区|辖区|本地区|[\u4e00-\u9fff]{1,4}(?:(?<!园)区|县|市)(?:19|20)\d{2}\s*年"
                          r"|(?:(?:19|20)\d{2}\s*年度?)?[\u4e00-\u9fff]{1,4}(?:省|市|区|县)(?:共有|共|累计|有))"
                          # "2023年华南地区PCB行业发生多起…事件": an industry or a region right before the event is its subject
                          r"|(?:行业|同行|业内|地区)$"
                          # "与厂区相邻的某化工企业", "关联企业厦门…有限公司", "某已注销企业"
                          r"|(?:相邻|毗邻|邻近|隔壁|周边)的?[^，,。；;：:]{0,8}?(?:企业|公司|工厂|厂)|关联(?:企业|公司|方)|已注销的?(?:企业|公司)")
# the park speaking of itself ("本高新区2024年…") is no region's record
# "该测区", "本评价区": the area under evaluation named by the evaluation (a 地区 or 辖区 is a region)
_SELF_PLACE = re.compile(r"(?:本|我|该)(?:高新区|开发区|经开区|园区|工业区|片区|新区|集中区|投资区|受?(?:评价|评|测|查勘|勘查|核查|检查)区|园|区)")
# "主要客户取消订单后，我们全厂自…起全面停产": the applicant named again after another party
_APPLICANT = re.compile(r"本公司|我公司|我司|本厂|我厂|本企业|该企业|受评价方|受评单位|(?:^|[，,。；;：:])\s*(?:公司|企业|工厂)"
                        # "笔者所在企业": the writer's own company
                        r"|(?:笔者|作者|本人|我)所在的?(?:企业|公司|工厂|单位|厂)"
                        r"|(?:我们|咱们|本|我)(?:全厂|这个厂|厂|公司|企业|工厂|单位|基地|制造中心)|全厂|全公司"
                        # "主要客户突然停单，我们这片厂区全线停产"
                        r"|(?:我们|咱们|咱|我)这[片个座家间所](?:厂区|厂子|厂|公司|企业|工厂|单位|基地)"
                        # "…客户索赔……，经调查属企业责任质量事故": the event laid at the applicant's door
                        r"|(?:属|系|为|是)(?:本|该|我)?(?:企业|公司|工厂|厂)(?:的)?(?:主体|自身)?责任")
# "受主要客户取消订单影响，…": a cause given as what the applicant was affected by
_CAUSE_CLAUSE = re.compile(r"(?:因|由于|因为)[^，。；,;]{0,16}?(?:而|导致|致使|，|,)|受[^，。；,;]{1,16}?影响")
# in a park report the park's own name before a year ("临港物流加工区2023年被列入…") is no other region's record
_PARK_NAME_YEAR = re.compile(r"[\u4e00-\u9fff]{0,6}(?:工业区|加工区|产业区|开发区|集中区|高新区|经开区|保税区|园区|新区|片区)(?=\s*(?:19|20)\d{2}\s*年)")
_BACK_DENIAL = re.compile(r"(?:以上|上述|前述|所列|上列|前列|这些|这几|该等|此类|这[一二两三四五六七八九十\d]+)[^。；]{0,10}?"
                          r"(?:情形|情况|条件|事项|问题|内容|样|项|条|类|种|件|桩)[^。；]{0,8}?"
                          # "——这六样，老字号一样都不沾"
                          r"(?:均|都|皆|全部|一概|一[样项条个件类种]都|一[样项条个件类种]也)?(?:不存在|未发生|不涉及|无|没有|未出现|未发现|不沾|没沾|不挨|没挨)(?!守住|做到|过关|达到|达标|满足|完成|整改|移出)")
# the answer on the next line: "（1）……事故\n核查结果：无。"
_NEXT_ANSWER = re.compile(r"^\s*(?:核查|查询|检查|审核|评价)?(?:结果|结论|情况)?\s*[：:]?\s*(?:均|全部)?(?:无|否|不存在|不涉及|未发生|未列入|没有|查无|未见|未发现)")
_LIST_DENIAL = re.compile(r"[^、，。；,;]{0,6}?(?:及?以上|以下)?(?:(?:[、和及与]|以及)[^、，。；,;]{1,24}){0,10}\s*等?[^、，。；,;]{0,4}?(?:情形|情况|事项|问题|行为|记录)?"
                          r"(?:[，,]\s*(?:在|于)?[^、，。；,;其另]{0,10}?(?:内|期间|期内|中))?"
                          r"(?:[，,]\s*(?:本|该|我)?(?:企业|公司|工厂|单位)(?:在|于)?(?:近三年|近3年|三年来|评价期|报告期)?(?:内|期间|以来)?)?"
                          # "……四类情形，在核查期内各组团均未发生": the park's parts as the subject
                          r"(?:[，,]?\s*(?:各|全部|所有)(?:入园|区内)?(?:企业|单位|组团|片区|园区|主体))?"
                          r"(?:[，,]\s*经(?:审核|核查|查|核实|审查|检查)[，,]?)?"  # "…，经审核，均符合要求"
                          # "…等六类情形，于本合资工厂均不适用": whom it concerns, in a short clause; "…，这六类情况在我们企业都不存在"
                          r"(?:[，,]\s*(?:这|上述|以上|前述|所列|该|此)[^、，。；,;其另但]{0,6}?(?:情形|情况|事项|条件|问题))?"
                          r"(?:[，,]?\s*(?:于|对于?|就|在)[^、，。；,;其另但]{1,12}?)?"
                          # "…六类情形，评价期内一项也没有出现"
                          r"\s*(?:均|都|皆|全部|一律|一概|一[项个条类种件起宗桩回次例]?(?:也|都)|无一|同样(?:也)?|也|亦)\s*"
                          # "…三个栏目均返回“未查询到相关信息”": a query's answer, reported
                          r"(?:(?:返回|显示|提示|反馈)(?:结果)?(?:为)?[：:]?\s*[“\"「]?)?"
                          r"(?:查无|无|未|没有|不存在|未发生|未出现|未发现|不涉及|不适用|不成立|不构成|为零|为0(?![\d.])|为〇|符合要求|满足要求"
                          # "近三年…事故一宗也寻不到": found nowhere
                          r"|寻不到|找不到|查不到|没找到|未找到|没查到|未查到|没查出|未查出|没有查到|没发现|见不到|没见到|没见过)")
# "…以上任一情形出现即不予放行": the list is the rule that would veto, not what happened
_BACK_RULE = re.compile(r"(?:以上|上述|前述|所列|上列|这些)[^。；]{0,8}?(?:任一|任何一|其中任何|任意一|之一)[^。；]{0,12}?"
                        r"(?:即|则|就|均将|均|将)(?:不予|不得|不能|否决|判定|视为|一票否决|不通过|不放行|取消)")
# an answer right after the condition, in the checklist's own column: "连续停产12个月及以上栏勾“无”", "…一栏填“否”"
_CELL_ANSWER = re.compile(r"[^、，。；,;]{0,8}?(?:一)?(?:栏|项|格)(?:内|中|里)?(?:勾选?|打钩|打勾|勾为|填写?|填为|选|标注?|写)(?:了|的是|为|的)?\s*"
                          r"[“\"「]?(?:无|否|未列入|未收到|未发生|不涉及|没有|不存在|未被列入|未调出|×|N|NO)(?![\u4e00-\u9fff])")
# "…被撤销称号，本企业不在其中": the sentence ends by excluding the applicant
_NOT_AMONG = re.compile(r"[^。；;\n]*?[，,]\s*(?:(?:(?:本|该|我)(?:企业|公司|厂|单位)|受评价方|受评单位|受检单位|申报企业|申报单位)(?:均|并|也)?(?:不在|未在|不属于)"
                        r"(?:其中|此列|其列|之列|[^，,。；;]{0,8}?名单(?:之)?(?:内|中|之中|之列))"
                        # "…，该事件与本企业无直接关联": the event is not the applicant's
                        r"|(?:该|此|上述)?(?:事件|事故|事项|情况)?与(?:本|该|我)?(?:企业|公司|厂|单位)无(?:直接|任何)?(?:关联|关系))")
# a condition named in quotes as an item or a column ("关于“被动态调整出绿色制造名单”一项：不适用"), unless a
# listing verb stands right before the quote ("被列入“经营异常名录”")
_QUOTED_ITEM_VERB = re.compile(r"(?:列入|列为|纳入|认定为|标注为|标记为|被|存在|发生|出现|有)(?:了)?(?:一条|一项|一次|一起|相关|该)?\s*$"
                               # reported speech states a fact: "坦言：", "说得很直白：“…”"
                               r"|(?:自述|称|表示|介绍|说|讲|反映|陈述|描述|坦言|承认|直言|透露)(?:得|道)?[^“”「」。；，,：:]{0,6}?\s*[：:，,]?\s*$")
_QUESTION = re.compile(r"是否|有无|有没有")
_ANSWER = re.compile(r"[^。；？?：:｜|]*(?:[：:？?｜|]|(?=\s*(?:——|—|－)))\s*(?:——|—|－|-)?\s*(?:(?:核查|检查|评价|审核)?(?:结论|结果|答复|回答|答|A)\s*[：:]\s*)?"
                     # "答：2024年有过": the answer may open with when
                     r"(?:(?:19|20)\d{2}\s*年度?|去年|前年|那年|当年)?\s*(是|有过|有|存在|发生过|出过|否|无|不存在|没有|不涉及|不是)(?![否])")
# "：☑是 □否", "□否 ☑是": the ticked option answers
_TICKED = re.compile(r"[☑■√✓✔☒]\s*(是|有|存在|否|无|不存在|没有)")
# "在“近三年是否发生突发环境事件”一项，企业勾选“是”并附说明": the answer chosen in words after the question
_CHOSEN = re.compile(r"[^。；？?]{0,30}?(?:勾选|勾了|打钩|打勾|选择|选了|填写|填了|标注|标记)(?:了|为|的是)?\s*[“\"「]?\s*(是|有|存在|否|无|不存在|没有)(?![否非])")
_CATEGORY = re.compile(r"(?:名单|名录)?的(?:供应商|企业|单位|合作方|承包商|客户|主体|情形|情况|处置|处理)")
# "复核没有通过，被调出了名单": a failed review is no denial
_INNER_DENIAL = re.compile(r"未发现|未查出|未查到|查不到|查不出|找不到|没查到|没有查到|未通报|未被通报|[均都并也亦]未(?!整改|完成|通过|按期|移出|履行)|没有(?!通过|达标|合格|按期|按时|完成|整改)|未见|未曾|从未|未被|并未|未有|不存在|无(?:严重|重大|任何)|[亦也并均都]无|无(?:整改)?未|未遂|险些|差点|险情")


def disclosed(text: str, m: re.Match, negations: list[str], park: dict | None = None, topics: Sequence[re.Pattern] = (), least: int = 3) -> bool:
    """Whether ``text`` states the condition ``m`` as a fact about the applicant. ``park``: the eligibility
    catalog when the report is a park's, whose member enterprises' events are its own (park_veto.member)."""
    sentence_start = max(text.rfind("。", 0, m.start()), text.rfind("\n", 0, m.start())) + 1
    q = None
    for q in _QUESTION.finditer(text, max(sentence_start, max(text.rfind("；", 0, m.start()), 0)), m.start()):
        pass
    if q is not None:  # "是否存在……的情况：是，……": the question answered yes discloses, answered no denies
        end = min((i for i in (text.find(c, q.end()) for c in "。；\n") if i != -1), default=len(text))
        ticked = _TICKED.search(text, q.end(), end)
        if ticked is None:  # "☑是 □否 近三年是否…": the boxes before the question in its own item
            for ticked in _TICKED.finditer(text, max(sentence_start, text.rfind("；", 0, q.start()) + 1), q.start()):
                pass
        ans = ticked or _ANSWER.match(text, q.end()) or _CHOSEN.match(text, q.end())
        if ans:
            return ans.group(1) in ("是", "有", "有过", "存在", "发生过", "出过")
    if text.rfind("《", sentence_start, m.start()) > text.rfind("》", sentence_start, m.start()):
        return False  # "《质量事故处理程序》": a document's title
    before = _clause_before(text, m.start())
    cause = _CAUSE.sub("", before)  # "因年报未按期公示被列入…": a cause, not a denial
    cause = _ROLE_NOUN.sub("", cause)  # "被核查单位…被列为": the checked party's name, not a check that denies
    cause = VETO_WORD.sub("", cause)  # "否决情形——停产15个月": the veto's name holds 否 but denies nothing
    cause = OPEN_STATE.sub("", cause)  # "【未办结事项】…被列入整改名单": a matter still open, not a denial
    if any(n in cause for n in negations) or cause.endswith("非"):  # "…，非失信被执行人"
        return False
    # a denial governing an enumeration: "未发现……事故，经营异常或失信记录，……"
    g = None
    for g in _GOVERNING.finditer(text, sentence_start, m.start()):
        pass
    if g is not None and not _ADVERSATIVE.search(text, g.end(), m.start()):
        return False
    head = text[sentence_start: m.start()]
    if _HYPOTHETICAL.search(head) or _NOT_EVENT_AFTER.match(text, m.end()) or _PLAN_BEFORE.search(text, max(0, m.start() - 8), m.start()) \
            or _RULE_AFTER.match(text, m.end()):
        return False
    other = None
    # "我们基地因核心客户取消订单而全面停产": a party inside the cause is not the sentence's subject
    for other in _OTHER_PARTY.finditer(_masked(head, _SELF_PLACE, _CAUSE_CLAUSE, *([_PARK_NAME_YEAR, park_veto.self_total(park)] if park else []))):
        pass
    own = _APPLICANT.search(head, other.end()) if other is not None else None
    if own is not None and own.group(0).startswith("该"):
        own = None  # "…某已注销企业的监事，该企业早年被列入…": 该 refers back to the other party
    if other is not None and own is None and not (park and park_veto.member(park, text, sentence_start, m, other)):
        return False
    asked = _ASKED_DENIED.match(text, m.end())
    if asked:
        return False  # "督查检查被通报过严重问题吗？没有。": asked, and answered no
    if _UNRELATED.search(text, m.end(), sentence_end(text, m.end())):
        return False  # "…被列入经营异常名录，与受评价方无关"
    if _INNER_DENIAL.search(m.group(0)):  # "督察中未发现严重问题": the denial inside the matched span
        return False
    if _BACK_DENIAL.search(text, m.end(), m.end() + 300) or _BACK_RULE.search(text, m.end(), sentence_end(text, m.end())):
        # "…；连续停产12个月以上。以上情形均不存在。", "…被调出绿色制造名单——以上任一情形出现即不予放行。"
        return False
    if _LIST_DENIAL.match(text, m.end()) or _CELL_ANSWER.match(text, m.end()) or enclosed_denial(text, m, sentence_start, topics, least):  # "事故、失信、长期停产等情形均查无记录"
        return False
    if _CATEGORY.match(text, m.end()):  # "列入失信被执行人名单的供应商": a kind of party, not this one
        return False
    if _CLAUSE_ANSWER.match(text, m.end()) or _ZERO_TAIL.match(text, m.end()) or _NOT_AMONG.match(text, m.end()) \
            or _NEVER_STOPPED.match(text, m.end()) \
            or repeated_answer(text, m):
        return False
    if _quoted_item(text, m, sentence_start) or scope_denies(text, m) or bare_catalogue(text, m, topics, least):
        return False
    after = _THRESHOLD.match(text, m.end())
    return not _AFTER_DENIAL.match(text[after.end(): after.end() + 12])


# a question on the condition ("…吗？", "…没有？") answered no in the next words
_ASKED_DENIED = re.compile(r"[^。；？?]{0,12}?(?:吗|么|没有|与否)\s*[？?]\s*(?:答案?是?[：:]?\s*)?(?:也|都|均|从来|从|一直)?(?:没|无|不|否|未|从未)")
# the sentence ends by saying the event is not the applicant's
_UNRELATED = re.compile(r"与(?:受评价方|受评单位|本企业|本公司|本厂|我司|我公司|企业|公司|申报单位)(?:本身)?(?:无关|没有关系|无任何关系)|受评价方无责任|(?:本企业|本公司|我司)无责任")


def _masked(text: str, *patterns: re.Pattern) -> str:
    """``text`` with every match of ``patterns`` blanked out, same length (positions keep their meaning)."""
    for pattern in patterns:
        text = pattern.sub(lambda x: "〇" * len(x.group(0)), text)
    return text


def _quoted_item(text: str, m: re.Match, sentence_start: int) -> bool:
    before = text[sentence_start: m.start()]
    opened = max(before.rfind("“"), before.rfind("「"))
    if opened == -1 or max(before.rfind("”"), before.rfind("」")) > opened:
        return False
    if _QUOTED_ITEM_VERB.search(before, 0, opened):
        return False
    close = min((i for i in (text.find(c, m.end()) for c in "”」") if i != -1), default=-1)
    return close == -1 or not _ITEM_AFFIRMED.match(text, close + 1)


# a quoted item answered as holding: "一票否决项“近三年发生…突发环境事件”经核实成立", "…”一项属实"
_ITEM_AFFIRMED = re.compile(r"(?:一项|这一项|该项|此项)?(?:经(?:核实|核查|查实|调查|现场核实|评价组核实))?(?:确已|确实|已|均)?(?:成立|属实|存在|发生)")


_SENTENCE_END = ("。", "！", "？", "；", ";", "!", "?")


def disclosed_in(b, m: re.Match, negs: list[str], prev=None, nxt=None, in_checklist: bool = False, park: dict | None = None,
                 topics: Sequence[re.Pattern] = (), least: int = 3) -> bool:
    """Whether the match states the condition. A paragraph continuing the previous one (which stops
    mid-sentence, as a PDF page or layout break leaves it) is read together with that one's tail,
    where a denial may stand. In a checklist paragraph the answer must also affirm; a table is
    always read as a checklist (``row_states``). ``topics`` are the veto conditions' topics, of which
    ``least`` make a sentence a list of them."""
    if b.kind.value == "table":
        return row_states(b.text, m)
    typed = typed_table_states(b.text, m)
    if typed is None:
        typed = legend_states(b.text, m)
    if typed is None:
        typed = option_states(b.text, m)
    if typed is not None:  # a checklist written in one paragraph says it in the condition's row or mark
        return typed
    if prev is not None and prev.kind.value == "paragraph" and not prev.text.rstrip().endswith(_SENTENCE_END):
        tail = prev.text[-200:]
        joined = m.re.search(tail + b.text, len(tail) + m.start())
        if joined is not None:
            return disclosed(joined.string, joined, negs, park, topics, least) and (not in_checklist or clause_affirms(joined.string, joined))
    if nxt is not None and nxt.kind.value == "paragraph" and not b.text[m.end():].strip(" 。.；;") \
            and _NEXT_ANSWER.match(nxt.text):
        return False
    return disclosed(b.text, m, negs, park, topics, least) and (not in_checklist or clause_affirms(b.text, m))
