"""Where a report names the applicant, and what marks an organisation as standing in its place: role
phrases ("受……委托", "受评价方：X"), captions, the applicant's own data and acts, and the words that
put a name in a third-party role (a lab, a supplier, a benchmark) instead.
"""

from __future__ import annotations

import re

from reviewer.rules.entity_text import norm as _norm

# Places where the evaluated entity (not a supplier or a lab) must be named.
ROLE = [
    re.compile(r"受(?P<org>[^，。；]{4,40}?)(?:的)?委托"),
    # "<agency>接厦门…有限公司委托书后立项": the party whose commission the agency takes
    re.compile(r"(?<![迎直])接(?:到|收)?(?P<org>[^，。；]{4,40}?有限公司)(?:的)?委托"),
    # "获X管理机构委聘", "应X邀请": the commissioning party is the applicant
    re.compile(r"(?:获|经|接受|应)(?P<org>[^，。；]{4,40}?有限公司)(?:的)?(?:管理机构|管理层|管委会|管理委员会|方面)?(?:的)?(?:委聘|聘请|邀请|委派|申请|要求)"),
    # "本报告系应X（下称“委托方”）之书面委托出具"
    re.compile(r"应(?P<org>[^，。；（(]{4,40}?有限公司)(?:[（(][^）)]{0,16}[)）])?(?:的|之)(?:书面|正式)?委托"),
    re.compile(r"对(?P<org>[^，。；]{4,40}?)(?:开展|进行)(?:了)?(?:绿色|第三方|现场)"),
    # "按照X的申请，…组织开展第三方评审": the party that applies
    re.compile(r"(?:按照|根据|依据|依)(?P<org>[^，。；]{4,40}?有限公司)的(?:申请|委托|申报)"),
    # "本研究旨在考察X有限公司在能源利用…等维度的绿色化水平": the object of the study
    re.compile(r"(?:旨在|拟|用于|目的是)(?:考察|评价|评估|研判|核实|核查)(?P<org>[^，。；、]{4,40}?)(?:在|的)"),
    # "评价组对X有限公司报送的自评价报告、能源统计报表…进行了审核": the applicant submits
    re.compile(r"对(?P<org>[^，。；、]{4,40}?)(?:报送|提交|提供|申报)的[^。；]{0,40}?(?:自评价报告|申报材料|评价材料|自评报告)"),
    re.compile(r"^(?P<org>[^，。；]{4,40}?)(?:成立于|始建于|位于|主要从事|满足基本要求|是一家)"),
    re.compile(r"评价范围为(?P<org>[^，。；]{4,40}?)(?:位于|的|厂区)"),
    re.compile(r"对(?P<org>[^，。；]{4,40}?)(?:的)?(?:申报材料|申报资料|申报书|提交的材料)(?:进行|开展)"),
    re.compile(r"(?:评价对象|受评价方|受评价单位|受评单位|申报主体|申报单位|被评价单位)(?:为|是|系|：|:)\s*(?P<org>[^，。；]{4,40}?有限公司)"),
    re.compile(r"对(?P<org>[^，。；]{4,40}?有限公司)的[^，。；]{0,20}(?:进行|开展)了?(?:核查|评价|检查|审核|审查|校核|复核|核实|审阅|现场)"),
    # "本次评价的任务是校核X绿色园区建设的各项资料": the party whose green-park (factory, chain) material is checked
    re.compile(r"(?:校核|核查|审查|审核|评价|评估|核实)(?P<org>[^，。；、]{4,40}?有限公司)(?:的)?绿色(?:园区|工厂|供应链)(?:管理)?(?:建设|创建|管理)?(?:的)?[^，。；]{0,6}(?:资料|材料|情况)"),
    re.compile(r"建议(?P<org>[^，。；]{4,40}?有限公司)(?:进一步|继续|加强|完善|加快|持续|尽快)"),
    re.compile(r"(?P<org>[^，。；]{4,40}?有限公司)[^，。；]{0,10}(?:陪同|配合|接待)(?:了)?评价组"),
    # the holder named on a certificate, permit or declaration ("碳足迹评价报告的声明单位为X")
    re.compile(r"(?:证书持有人|持证单位|持证人|获证组织|受审核方|排污单位|声明单位|报告主体|核算主体)(?:为|是|：|:)\s*(?P<org>[^，。；]{4,40}?有限公司)"),
    re.compile(r"以上为(?P<org>[^，。；]{4,40}?有限公司)(?:的)?(?:基本情况|简介|概况)"),
    re.compile(r"(?:查阅|审阅|抽查|核查|查看)了?(?P<org>[^，。；、]{4,40}?有限公司)(?!出具|提供)(?:的)?[^，。；]{0,24}(?:统计表|报表|台账|记录|证书|资料)"),
    # the object of the evaluation or its thanks, the referent of the report's own terms, a closing line
    # "本报告系<agency>就X创建绿色园区所作的独立评定记录"
    re.compile(r"(?:对|就)(?P<org>[^，。；]{4,40}?有限公司)(?:的)?(?:绿色工厂|绿色制造|绿色供应链|绿色园区|创建|申报)"),
    # "本记录为<agency>对X绿色供应链管理情况出具的第三方评价意见": the party the opinion is issued on
    re.compile(r"对(?P<org>[^，。；]{4,40}?有限公司)[^，。；]{0,20}?出具(?:的|了)?[^，。；]{0,12}?(?:评价|意见|报告|结论)"),
    re.compile(r"(?:均指|系指|是指|特指)\s*[“\"]?(?P<org>[^，。；“”\"]{4,40}?有限公司)"),
    re.compile(r"以上为(?P<org>[^，。；]{4,40}?有限公司)(?:的)?(?:绿色工厂|创建|主要做法|评价情况|自评价)"),
    # "我们没有注意到X在评价期内存在任何否决情形": what the evaluators did not find is about the evaluated party
    re.compile(r"(?:未|没有|没)(?:注意到|发现|查见)(?P<org>[^，。；]{4,40}?有限公司)[^。；]{0,16}?(?:存在|发生|有)[^。；]{0,16}?(?:否决|不符合|负面清单|违法|违规)"),
    # "X拟申报厦门市级绿色工厂", "委托事项：X绿色工厂第三方评价": the party applying, the evaluation's object
    re.compile(r"(?:^|[：:；;。，,])\s*(?P<org>[^，。；：:]{4,40}?有限公司)(?:拟|准备|计划|正在)?申报[^。；，]{0,12}?绿色(?:工厂|园区|供应链)"),
    re.compile(r"(?:^|[：:；;。])\s*(?P<org>[^，。；：:]{4,40}?有限公司)的?绿色(?:工厂|供应链管理企业|供应链)(?:第三方)?(?:评价|自评价|申报)"),
    # "以下为X表现较佳之处，特此说明：…": the evaluated party's highlights
    re.compile(r"(?:以下|下面|下列|以上)(?:为|是|列出)(?P<org>[^，。；]{4,40}?有限公司)(?:的|之)?(?:表现较佳|表现突出|主要亮点|亮点|特色做法|优势|值得肯定|可取之处|做得较好|较好做法|突出之处|较佳之处)"),
    re.compile(r"对(?P<org>[^，。；]{4,40}?有限公司)(?:各部门|各级|全体|相关部门|领导)[^。；]{0,30}(?:支持|配合|协助)"),
    re.compile(r"(?:主要亮点|受评价方亮点|创建亮点)\s*[：:]\s*(?P<org>[^，。；]{4,40}?有限公司)"),
    # "检验中记录的X主要亮点：…": the highlights recorded are the evaluated party's
    re.compile(r"(?:^|[：:；;。，,的])\s*(?P<org>[^，。；：:的]{4,40}?有限公司)(?:的|之)?(?:主要亮点|创建亮点|亮点|特色做法|突出做法|可取之处)\s*[：:]"),
    re.compile(r"承诺\s*[：:，,]?\s*(?P<org>[^，。；:：]{4,40}?有限公司)(?:所|已)?(?:提交|提供|申报|报送)"),
    re.compile(r"(?:营业执照|执照|工商登记|登记|注册)(?:上的?)?(?:名称|企业名称)(?:为|是|：|:)\s*[“\"]?(?P<org>[^，。；“”\"]{4,40}?有限公司)"),
    # the evaluators' requests go to the applicant: "缺失材料通过补充资料清单一次性向X公司提出"
    re.compile(r"(?:资料|材料|清单|问题|意见|整改要求)[^。；]{0,20}向(?P<org>[^，。；]{4,40}?有限公司)(?:提出|发出|反馈|通报|下发|索取)"),
    re.compile(r"向(?P<org>[^，。；]{4,40}?有限公司)(?:提出|发出|反馈|通报|下发)了?[^。；]{0,10}(?:补充资料|资料清单|问题清单|整改|评价意见|审核发现"
               r"|(?:检验|检查|评价|核查|审核|现场)(?:情况|结果|结论|发现)|初步(?:结论|意见))"),
    re.compile(r"(?:依据|根据|采用|使用)(?P<org>[^，。；]{4,40}?有限公司)提供的(?:统计|能源|生产|财务|运行|台账)?(?:数据|报表|台账)"),
    # "据X提供的第三方检测报告和评价文件，…判定合格": the party the evaluators take materials from
    re.compile(r"(?:^|[：:；;。，,])\s*据(?P<org>[^，。；]{4,40}?有限公司)(?:所)?提供的[^，。；]{0,12}?(?:数据|报表|台账|资料|材料|文件|报告|证明|记录)"),
    # "本次评价回答一个问题：X在……上，有没有影响绿色园区认定的实质性问题": whose qualification is in question
    re.compile(r"(?P<org>[^，。；：:]{4,40}?有限公司)(?:在[^。；]{0,60}?)?[，,]?(?:是否|有没有|有无)[^。；]{0,20}?(?:影响|满足|符合|达到|具备)[^。；]{0,12}?(?:绿色(?:工厂|园区|供应链)|认定|评价要求|申报)"),
    # "审核小组……成员与X不存在咨询或雇佣关系", "承办人员及其所在机构与X没有利害关系": the evaluators declare their
    # independence of the evaluated party
    re.compile(r"(?:成员|人员|评价组|审核组|审核小组|评价小组|本机构|我机构|我们|评价机构|审核员|评价员|机构|本所|我所|鉴定人|承办人)(?:均|各自|本身)?(?:与|和|同)(?P<org>[^，。；、]{4,40}?有限公司)(?:之间)?(?:均)?(?:不存在|无|没有|并无)[^。；]{0,16}?(?:关系|利益|关联|往来)"),
    # "评级范围限于该X在…的场所": the evaluation's scope is the evaluated party's site
    re.compile(r"(?:评价|评级|评估|核查|审核|检验|检查|认证)范围(?:仅)?(?:限于|为|是|覆盖|涵盖)\s*(?:该|本)?\s*"
               r"(?P<org>(?:(?!供应商|供方|客户|同行|标杆|对标)[^，。；：:]){4,40}?有限公司)(?:位于|在|的|之)"),
    # "检验中记录到的X良好做法：…": the evaluated party's good practices, as found by the evaluators
    re.compile(r"(?:记录到|看到|发现|见到|注意到)的\s*(?P<org>(?:(?!供应商|供方|客户|同行|标杆|对标)[^，。；：:]){4,40}?有限公司)(?:的|之)?"
               r"(?:良好做法|好的做法|优良做法|亮点|可取之处|值得肯定的做法|值得推广的做法)\s*[：:]"),
    # "要回答的问题是：X对照绿色园区评价要求，是否…": the party measured against the green-manufacturing requirements
    re.compile(r"(?:^|[：:；;。，,])\s*(?P<org>[^，。；：:]{4,40}?有限公司)(?:对照|按照|依照|参照)[^。；，]{0,12}?绿色(?:工厂|园区|供应链)[^。；，]{0,10}?(?:要求|标准|条件|通则)"),
    # "证书复印件…；该X的该项荣誉不作为本次认定的加分依据": the honours of the party under evaluation
    re.compile(r"该(?P<org>(?:(?!供应商|供方|客户|承包商|检测|监测|合作|同行)[^，。；、：:]){4,40}?有限公司)的(?:该项|此项|这项|上述)?(?:荣誉|资质|称号|证书|认定)"),
    # "任务来源：X书面委托": the party that commissions the evaluation, opening its clause
    re.compile(r"(?:^|[：:；;。])\s*(?P<org>[^，。；：:]{4,40}?有限公司)(?:的)?(?:书面|正式|来函)?委托(?!的|生产|加工|代工)"),
    # "将结算单与X能源台账按月逐笔勾稽": the evaluated party's own ledgers, checked against another source
    re.compile(r"(?:与|和|同|对|将|把)(?P<org>(?:(?!供应商|供方|客户|同行|标杆|对标|检测|监测)[^，。；、：:]){4,40}?有限公司)(?:的)?"
               r"(?:能源|能耗|生产|统计|财务|用水|用电|用能|计量|原始)(?:消费|消耗|管理|计量|统计)?(?:台账|报表|统计表|记录)"),
    # "查验期间无人为X提供咨询服务，独立性判定符合": nobody of the evaluators served the evaluated party
    re.compile(r"(?:无人|没有人|未有人|均未|未曾|从未|不曾|均没有|均不曾)(?:曾|再)?(?:为|向|给)(?P<org>[^，。；、]{4,40}?有限公司)提供(?:过)?[^。；，]{0,6}?(?:咨询|服务|指导|辅导)"),
]
# the applicant named by its role: "受评价方石家庄X有限公司已通过…", "受评价组织\tX有限公司", "致：X有限公司",
# "X有限公司（受评价方）"; also read in table rows
MARKED = [
    # the subject of the applicant's own documents too: "能源审计报告封面：被审计单位 X"
    re.compile(r"(?:受评价方|受评方|受评价组织|受评价单位|被评价单位|被评价方|受审核方|受审核组织|受检单位|Auditee|申报单位|申报企业|申请单位|委托方|委托单位|致"
               r"|被审计单位|被核查单位|受核查单位|被监测单位|受监测单位)"
               r"\s*(?:[（(][^）)\t]{0,12}[）)])?\s*[:：为是\t]?\s*(?P<org>[^，。；\t\n（(：:]{4,40}?(?:股份有限公司|有限责任公司|有限公司|集团公司))"),
    re.compile(r"(?P<org>[^，。；\t\n（(：:]{4,40}?(?:股份有限公司|有限责任公司|有限公司))\s*[（(]\s*(?:(?:以下)?(?:简称|下称|称)\s*[“\"]?)?"
               r"(?:受评价方|受评方|申报单位|申报企业|委托方)[”\"]?\s*[)）]"),
    # "本企业（X有限公司）承诺", "我司——X有限公司——始终…", "评价对象名称：X", "仅供X申报…使用"
    re.compile(r"(?:本企业|本公司|我司|我公司|本厂|我厂|本单位|我单位|本工厂|申请人|申报单位|受评价企业)\s*(?:[（(]|——|—)\s*(?P<org>[^，。；\t\n（(：:—]{4,40}?(?:股份有限公司|有限责任公司|有限公司))\s*(?:[)）]|——|—)"),
    re.compile(r"(?:评价对象名称|评价对象|研究对象|审计对象|受评价企业|受评企业|受评价工厂|申请人)\s*[:：为是\t]\s*(?P<org>[^，。；\t\n（(：:]{4,40}?(?:股份有限公司|有限责任公司|有限公司))"),
    # "……；对象为X采购、生产、仓储和回收各环节": the evaluation's object, opening its clause
    re.compile(r"(?:^|[；;，,。：:])\s*(?:评价|核查|审核|本次评价的?)?对象(?:为|是)\s*(?P<org>[^，。；\t\n（(：:]{4,40}?(?:股份有限公司|有限责任公司|有限公司))"),
    re.compile(r"仅供(?P<org>[^，。；\t\n（(：:]{4,40}?(?:股份有限公司|有限责任公司|有限公司))(?:申报|申请|使用|用于)"),
    re.compile(r"(?:营业执照|执照)[^。；\n]{0,8}名称\s*[:：\s\u3000]\s*(?P<org>[^，。；\t\n“”\s]{4,40}?有限公司)"),
    # "检查员对X的送审文件逐页审阅": the checkers read the applicant's submitted documents
    re.compile(r"(?:检查员|检查组|评价组|核查组|审核组|专家组|评审组|核对组|评价人员|检查人员|核查人员)[^。；，,]{0,8}?对\s*(?P<org>[^，。；\t\n（(：:对]{4,40}?(?:股份有限公司|有限责任公司|有限公司))的?"
               r"(?:送审|申报|报送的?|提交的?|申请)(?:文件|材料|资料)"),
]
# captions and attachment titles that open with an organisation: "表5 X有限公司2023—2025年主要能源消费情况"
CAPTION = re.compile(r"^\s*#*\s*(?:图|表|附件|附表|附图)\s*[\d一二三四五六七八九十]+(?:\s*[-－—.．]\s*\d+)?\s*[：:、.．]?\s*(?P<org>[^，。；\s]{4,40}?有限公司)")


OWN_DATA = re.compile(r"主要产品|自评|申报|获评|荣获|被评为|评上|被认定为|能源管理员|能源统计报表|能源管理体系|能源基准|污染物排放|危险废物产生|危废产生|产生危险废物|新水|取用量|成立于|组建于|设立|注册成立|注册资本|员工|职工|占地|用地|法定代表人|法人代表|信用代码|工业总产值|产值|综合能(?:耗|源消费)|用电|用水|取水|主营|主要从事|主导产品|厂区|基本要求"
                       r"|排放二氧化碳|二氧化碳排放|碳排放|温室气体排放|排放量|能源消费|耗电|耗水|用能|光伏装机|装机|发电量|绿电"
                       # what the evaluators do with the applicant, and what only the applicant has
                       r"|评价组|现场评价|现场查看|访谈|首次会议|末次会议|会议纪要|报送|陪同|整改通知|现场评价问题|评价发现|绿色工厂|创建|领导小组"
                       r"|营业执照|排污许可|许可证|危废暂存|污水处理站|蚀刻|电镀线|车间|生产线|节能改造|LED改造|屋顶光伏|一般工业固体废物|综合利用率"
                       r"|行政处罚|信用中国|四体系|管理体系认证|ISO\s*\d{4,5}|能源管理部|安环部|设备部|管理层|总经理|入选|名单|一级指标|得分")
# a service role next to the name ("委托X检测", "与X签订", "X为本公司提供"): read near the name only, since a
# 处置 or a 计量台账 further on in the sentence is about something else
OTHER_ROLE = re.compile(r"委托|检测|监测(?!评价组|评价小组)|认证|供应(?!链)|回收|包括|例如|处置|供电|燃气|银行|(?<!生态|绿色|产品)设计(?!评价)|施工|咨询|服务|合同|协议|合作|签订|采购|租赁|运输|承包|外协"
                        r"|销售额|销售收入|收购|兼并|并购|EPC|总包|安装|为(?:我|本|该)"
                        r"|出租|承租|房东|业主|贷款|授信|检验|鉴定|校准|托管|代为|代理|经销|供货|生产厂家|制造商|品牌商|厂家|投资建设|投资方|出资|审计|来自|购自"
                        # "设备由X提供/生产/开发", "通过了X的ISO 14064核查": the name does something for the applicant
                        r"|由[^，。；]{2,40}?(?:公司|研究院|研究所)[^，。；]{0,4}?(?:生产|制造|开发|提供|供货|承建|研发|维保|运维|负责|编制)"
                        r"|通过了?[^，。；]{2,40}?(?:公司|研究院|研究所)的[^，。；]{0,20}?(?:核查|核证|审核|评审|验收)")
# words anywhere in the sentence that make it about another party: a benchmark, a peer, a customer or supplier, a
# former name, a neighbour, an example, a party outside the evaluation
OTHER_PARTY_SENTENCE = re.compile(r"客户|供应商|母公司|子公司|集团|控股|对标|标杆|同行业|上市公司|相比|优于|差距|原名|曾用名|更名|已注销"
                                  r"|先进企业|行业先进|领先企业|参照|借鉴|学习|考察|参观(?!的|者|人员|团|路线|通道|走廊|区|点|站)|交流|邻近|相邻|入选企业|其他企业|[（(]原|前身"
                                  r"|[东西南北]临|毗邻|[东西南北]侧|无关|不纳入|同园区|同一园区|同一工业区|社会责任报告|公开披露")


# the subject of a sentence doing what the applicant does ("厦门某某有限公司建立了能源管理体系")
_LEAD = re.compile(r"(?:经核查|经查|经核实|据统计|近年来|近[三3两2]年(?:来|内|间)?|[三两]年来|目前|此外|同时|另外|(?:汇报期|报告期|评价期|核查期|审核期|评估期|统计期|数据期|此期间|期间|同期)(?:内|中|间)?|评价组认为[：:]|经评价[，,]?|综上所述[，,]?|综上[，,]?|(?:19|20)\d{2}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?"
                   r"(?:以来|起|至今|度|初|底)?|[，,\s])*")
# or one short framing clause ("从能源结构来看，", "总体而言，") that names no other party
_LEAD_CLAUSE = re.compile(r"(?:(?!客户|供应商|委托(?!事项|内容|事由)|合作|其中|包括|例如|如|同行|对标|标杆)[^，。；,：:]){1,24}[，,：:]\s*|作为[^，。；,]{1,28}[，,]\s*")
_APPLICANT_ACT = re.compile(r"\s*(?:近几年|近年来|近年|近三年|多年来)?(?:在|于|已|还|也|先后|累计|共|始终|一直|自)?\s*"
                            r"(?:(?:19|20)\d{2}\s*年(?:\d{1,2}\s*月)?(?:\d{1,2}\s*日)?(?:起|以来|内|度|底|初)?\s*[，,]?\s*)?"
                            r"(?:已|还|也|先后|累计|共|分批|逐步|陆续|相继|逐年|逐一)?\s*(?:建立|建成|实施|开展|更换|改造|升级|安装|识别|确定|设有|设专职|发布|"
                            r"设(?=[\u4e00-\u9fff]{0,6}(?:岗位|部门|机构|小组|专员|专岗|办公室|管理员|负责人))|"
                            r"与[^。；，]{0,16}(?:处置|回收|利用|运输)单位签订|成立|制定|推行|推进|建设|完成|投入|获得|"
                            r"取得|未发生|高度重视|坚持|积极|持续|严格|按照|依据|拥有|现有|年产|编制|配备|设立|引进|采用|购置|淘汰|近三年|"
                            r"满足|符合|具备|不存在|被评为|荣获|注册成立|注册|组建|通过了?|未被|未列入|将|制定了?|纳入|始终"
                            r"|委托(?=[^。；，]{0,40}?(?:评价|核查|鉴定|出具|开展))"  # "委托事项：X委托本所……出具第三方评价意见": the client
                            r"|产生(?!的)|排放(?!的)|消耗(?!的)|耗用|实现|生产(?!的|厂家|商)|取用|郑重承诺|承诺[：:]"
                            r"|对[^。；，]{0,12}(?:未提出异议|无异议|表示认可|予以确认|签字确认|进行了确认))")
ROLE_NAME = re.compile(r"事务所|检测|监测|认证|环保|环境|回收|处置|物流|运输|投资|供电|电网|燃气|水务|设计|咨询|银行|建设工程|工程|节能服务|能源服务|科学研究|研究院|研究所|控股|集团|租赁|供应链|评价|检验|鉴定|计量|测试")


def acts_as_applicant(text: str, m: re.Match, rtype: str | None) -> bool:
    """An organisation opening its sentence (after a time or 经核查 lead, or a short framing clause) as
    the subject of what the applicant itself does or has, and not named for a service role (a lab, a
    recycler, an investor). In a park report only the park's own attributes count ("X的供水管网")."""
    org = m.group(0)
    # the lazy name may start with the lead's 年, or take in a whole lead ("期间厦门…", "汇报期内厦门…")
    lead_chars = re.match(r"[年月日]*该?", org).end()  # "该厦门…有限公司设专职…": the determiner is no place
    whole_lead = _LEAD.match(org)
    if whole_lead and PLACE.match(org, whole_lead.end()):
        lead_chars = max(lead_chars, whole_lead.end())
    place = PLACE.search(re.sub(r"[（(][^（）()]*[）)]", lambda b: "＿" * len(b.group(0)), org), lead_chars)
    if place and place.start() > lead_chars:
        return False  # "本厂与厦门…", "园区内厦门…": the name is not the subject
    if re.match(r"(?:本|我|该)?(?:公司|企业|工厂|厂(?![区房内里外])|我司)(?:是|为|系|作为|属于|成为|(?!名称|全称|简称|地址)[\u4e00-\u9fff])", org[lead_chars:]):
        return False  # "公司是博世…有限公司的合格供应商", "企业通过了SGS…有限公司的…核查": the applicant is the subject
    if re.match(r"[对向与和为给从跟同]", org[lead_chars:]):
        return False  # "对华为技术有限公司的销售额": the object of a preposition
    if re.search(r"参照|借鉴|学习|对标|参考|效仿|仿照", org[lead_chars: -4]):
        return False  # "企业参照欣兴电子股份有限公司的做法": the model the applicant follows
    start = m.start() + lead_chars
    sentence_start = max(text.rfind(c, 0, start) for c in "。；！？\n") + 1
    lead = (text[sentence_start: m.start()] + org[:lead_chars]).removesuffix("该")
    clause = _LEAD_CLAUSE.match(lead)  # "综合文件评审与现场评价情况，评价组认为：": a framing clause, then a lead
    if not _LEAD.fullmatch(lead) and not (clause and _LEAD.fullmatch(lead, clause.end())):
        return False
    if ROLE_NAME.search(org) or re.search(r"(?:受|接|应|承接)[^。；]{0,30}委托|[为对向](?:公司|企业|我|本|该|其)", text[start: start + 80]):
        return False
    if rtype != "supply_chain" and _SUBMITS.match(text, m.end()):  # a supplier's documents are ordinary there
        return True  # "期间X按要求补交资料": the evaluated party hands its material to the checker
    if rtype == "park" and _PARK_BASIC_LEAD.search(lead) and _PARK_NO_ACCIDENT.match(text, m.end()):
        return True
    if rtype == "park":
        return bool(_PARK_ATTRIBUTE.match(text, m.end()) or _VERDICT_ACT.match(text, m.end()) or _PARK_ACT.match(text, m.end())
                    or _PARK_MEMBERS.match(text, m.end()) or _PARK_PRACTICE.match(text, m.end())
                    or _PARK_DUTY.match(text, m.end()) or _PARK_NETWORK.match(text, m.end()) or _PARK_WITHIN.match(text, m.end()))
    if _VERDICT_ACT.match(text, m.end()):
        return True  # "评价组认为：X满足绿色供应链管理企业基本要求": the verdict names the applicant
    if rtype == "supply_chain":  # a supplier's data is ordinary in a supply-chain report; its own acts are the applicant's
        return bool(_APPLICANT_ACT.match(text, m.end()))
    return rtype == "factory" and bool(_APPLICANT_ACT.match(text, m.end()) or _APPLICANT_HAS.match(text, m.end()))


PARK_MEMBER = re.compile(r"园区内|区内|园内|入驻|入园|重点企业|龙头企业|规上企业|骨干企业|企业中|其中"
                         # a company's figure given as a part of the park's total: "…装机3.2MW，为园区12.5MW屋顶光伏总装机的组成部分"
                         r"|(?:为|是|属于|计入|纳入)(?:本|全)?园区[^。；]{0,24}?(?:组成部分|一部分|之一)|占(?:本|全)?园区")


def park_member(sentence: str, org: str) -> bool:
    """Whether a park report's sentence speaks of ``org`` as one of the park's enterprises. "其中" singles out a member
    only before the name ("其中X公司…"); after it, it splits the name's own figure ("X…排放量…，其中外购电力…")."""
    at = sentence.find(org)
    if at < 0:
        return bool(PARK_MEMBER.search(sentence))
    return any(x.group(0) != "其中" or x.start() < at for x in PARK_MEMBER.finditer(sentence))


PLACE = re.compile(r"厦门|福建|泉州|漳州|福州|莆田|三明|南平|龙岩|宁德|中国|[\u4e00-\u9fff]{2}(?:省|市)")
# "X的…" or "X面临…": the applicant's own attributes, not a partner's products or subsidiaries
_APPLICANT_HAS = re.compile(r"\s*(?:的(?!全资|控股|子公司|分公司|关联|母公司|客户|供应商|产品|设备|服务|技术|专家|人员)|面临|整体|总体|各项|目前)")
# the evaluation's verdict on the applicant: "X不存在一票否决情形", "X满足绿色园区评价要求"
_VERDICT_ACT = re.compile(r"\s*(?:并|均|亦|也|皆)?(?:不存在|无)[^。；，]{0,8}否决|\s*(?:满足|符合|达到)[^。；，]{0,16}(?:基本要求|评价要求|绿色园区|绿色工厂|绿色供应链)")
# the evaluated party handing its material to the checker: "X按要求补交资料"
_SUBMITS = re.compile(r"\s*(?:已|均|还|另|另行|按要求|按时|及时|如期|陆续|分批)?\s*(?:补交|补充提交|提交|提供|报送|补充|补齐|递交)(?:了)?[^。；，]{0,8}?(?<![原辅物])(?:资料|材料|文件|证明|证据|台账|记录|报告)")
# a park's management acts with the name as their subject: "X深入贯彻集约发展理念，给排水、供电管网已实现全覆盖"
_PARK_ACT = re.compile(r"\s*(?:深入|全面|着力|大力|持续|积极|坚持|不断)?(?:贯彻|推进|推动|实施|落实|建设|打造|构建|统筹|完善)"
                       r"[^。；]{0,40}?(?:管网|基础设施|再生水|重点企业|入园企业|园区|集约|循环化)")
_PARK_ATTRIBUTE = re.compile(r"\s*[的之](?:供水|供电|供热|供气|污水|管网|基础设施|道路|规划|用地|土地|主导产业|产业结构|能源结构|"
                             r"工业增加值|地区生产总值|管理机构|环境质量|循环化改造|绿色发展)")

# "近三年X有限公司内重大安全事故……均未发生": a company named as the territory the veto check covers
# the park's basic requirement stated of a company: "基本要求：X无重大污染事故、无重大生态破坏事件" (a member's own record
# is named without that lead: "园区重点企业X近三年未发生…")
_PARK_BASIC_LEAD = re.compile(r"基本要求|前提条件|必要条件|否决")
_PARK_NO_ACCIDENT = re.compile(r"\s*(?:近[三3]年(?:来|内)?|近年来)?\s*(?:均|亦|也)?(?:无|未发生|没有发生|未出现)(?:过)?(?:重大|较大|特别重大)[^。；，]{0,12}(?:事故|事件)")
_PARK_WITHIN = re.compile(r"\s*(?:范围|区域|辖区)?内(?!部|容|设|置|控|审|训)[^。；]{0,30}?(?:事故|事件|否决|督查|监察)")
# the park's networks without 的: "X管网图将供水、中水、雨水、污水四套管网分开标示"
_PARK_NETWORK = re.compile(r"\s*(?:供排水|给排水|雨污|污水|供水|中水|雨水)?管网(?:图|系统|布局|建设|覆盖)")
# practices credited to a company that are the park's: "X的以下做法值得推广：龙头企业带动上下游协同降碳；区内…"
_PARK_PRACTICE = re.compile(r"\s*[的之](?:以下|如下|主要|典型|特色|突出)?(?:做法|经验|举措|亮点|成效|特色)[^。]{0,40}?"
                            r"(?:区内|园区内|园内|入园|入驻|全区|全园|龙头企业带动|上下游)")
# the park's basic requirement, met by a company: "近三年X按期完成上级下达的节能减排任务，区内企业…"
_PARK_DUTY = re.compile(r"\s*(?:均|已|都)?(?:按期|按时|如期|全面|足额)?完成(?:了)?(?:上级|上级部门|政府|省|市|区|县)?(?:下达|分解|考核)的")
# a company has no member enterprises: "X重点排污企业的在线监测数据实时接入…" puts the name where the park's stands
_PARK_MEMBERS = re.compile(r"\s*[的之]?(?:(?:重点排污|重点用能|重点监管|入园|入驻|区内|园内|规上|规模以上)(?:工业)?企业"
                           # "X重点排水户的排口在线数据接入水务公司调度中心": a park's key dischargers
                           r"|重点(?:排水|排污|用水|用能)(?:户|单位))")

PLACEHOLDER_NAME = re.compile(r"[XＸx×某*＊]{2}")


def name_core(org: str) -> str:
    """The name itself, without the words the leftmost match took in before it ("评价组现场查看了莆田…有限公司")."""
    place = PLACE.search(org)
    return org[place.start():] if place else org[-12:]


def is_variant(org: str, entity: str) -> bool:
    """The applicant's name written another way ("…股份有限公司", "绿源电子（厦门）有限公司"), not a
    group or branch that shares its core."""
    return _norm(entity) not in _norm(org) and not re.search(r"集团|控股|分公司|子公司|分厂|研究院", org)
