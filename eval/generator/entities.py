"""Random but plausible Xiamen entities: companies, agencies, people, USCCs."""
from __future__ import annotations

import random

# GB 32100-2015 character set (I, O, S, V, Z excluded) -> values 0..30
USCC_CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]


def uscc_check_char(first17: str) -> str:
    s = sum(USCC_CHARSET.index(ch) * w for ch, w in zip(first17, USCC_WEIGHTS))
    c = 31 - s % 31
    if c == 31:
        c = 0
    return USCC_CHARSET[c]


def uscc_valid(code: str) -> bool:
    if len(code) != 18 or any(ch not in USCC_CHARSET for ch in code):
        return False
    return uscc_check_char(code[:17]) == code[17]


def _org_code_check(body8: str) -> str:
    """GB 11714 check character for the 9-char organisation code."""
    w = [3, 7, 9, 10, 5, 8, 4, 2]
    val = lambda ch: int(ch) if ch.isdigit() else ord(ch) - ord("A") + 10  # noqa: E731
    c = 11 - sum(val(ch) * wi for ch, wi in zip(body8, w)) % 11
    return "X" if c == 10 else ("0" if c == 11 else str(c))


DISTRICTS = {
    "思明区": ("350203", ["嘉禾路", "湖滨南路", "莲前西路", "厦禾路", "软件园二期观日路"]),
    "海沧区": ("350205", ["阳光西路", "新阳路", "翁角路", "海景东路", "霞飞路"]),
    "湖里区": ("350206", ["火炬路", "枋湖北二路", "湖里大道", "安岭路", "华泰路"]),
    "集美区": ("350211", ["杏林北路", "天凤路", "灌口中路", "后溪工业路", "集美北大道"]),
    "同安区": ("350212", ["西柯街", "同集北路", "工业集中区思明园", "洪塘路", "城南工业区"]),
    "翔安区": ("350213", ["舫山南路", "翔安西路", "火炬翔安产业区翔岳路", "马巷民安大道", "内厝工业路"]),
}
FACTORY_DISTRICTS = ["海沧区", "集美区", "同安区", "翔安区", "湖里区", "海沧区", "翔安区"]
STREETS_SUB = {"海沧区": ["新阳街道", "东孚街道", "海沧街道"], "集美区": ["杏林街道", "灌口镇", "后溪镇"],
               "同安区": ["西柯街道", "五显镇", "洪塘镇"], "翔安区": ["新店街道", "马巷街道", "内厝镇"],
               "湖里区": ["金山街道", "殿前街道", "禾山街道"], "思明区": ["莲前街道", "嘉莲街道", "滨海街道"]}

SURNAMES = "陈林黄张李王吴刘蔡杨许郑谢洪郭邱曾廖赖徐周叶苏庄吕江何萧罗高潘简朱钟彭游詹胡施沈余卢梁赵颜柯翁魏孙戴范方宋邓杜傅侯曹薛丁卓马阮董唐温蓝蒋石纪姚连冯欧程汤田康姜白汪邹尤巫钟严"
GIVEN = ["志明", "晓燕", "建华", "丽", "凯", "志远", "文斌", "雅琴", "国栋", "秀英", "伟", "海峰", "婷婷", "俊杰",
         "美玲", "振宇", "春生", "淑芬", "金龙", "慧敏", "承恩", "思远", "嘉怡", "明辉", "宏伟", "雪梅", "子涵",
         "永福", "静", "佳琪", "一鸣", "晨", "炳坤", "碧霞", "建国", "少华", "丽君", "锦松", "梓萱", "荣华",
         "天佑", "玉兰", "泽民", "燕妮", "鸿翔", "巧玲", "德胜", "海燕", "瑞祥", "清源"]

BRANDS = ["鹭华", "嘉源", "宏泰", "信达", "兴业", "盛达", "海晟", "恒力", "翔鹭", "金鹭", "联创", "亿星", "众诚",
          "宝龙", "宸鸿", "明达", "天马", "建发", "象屿", "瑞科", "绿源", "华弘", "坤泰", "德尔", "捷昌", "鼎丰",
          "安能", "瀚天", "美亚", "欣锐", "科华", "弘信", "力鼎", "东亚", "正新", "佳禾", "凯纳", "海辰", "立达",
          "盈趣", "精研", "华晖", "新阳", "合兴", "永晟", "通达", "艾帝", "祥福", "源昌", "福瑞"]

# (GB/T 4754-2017 code, class name, company-name word, main products, process, key equipment)
INDUSTRIES = [
    ("C3982", "电子电路制造", "电子科技", "多层印制电路板", "开料—钻孔—沉铜—图形转移—电镀—蚀刻—阻焊—表面处理—成型—测试", "电镀线、蚀刻线、空压机"),
    ("C3985", "电子专用材料制造", "电子材料", "电子级铜箔及导电浆料", "配料—溶解—电解—表面处理—分切—检测", "电解槽、整流器、纯水系统"),
    ("C3976", "光电子器件制造", "光电", "LED芯片及光电模组", "外延—光刻—刻蚀—蒸镀—减薄—切割—分选", "MOCVD设备、光刻机、冷水机组"),
    ("C2929", "塑料零件及其他塑料制品制造", "精密塑胶", "家电及汽车用精密注塑件", "干燥—注塑—去毛刺—喷涂—组装—检验", "全电动注塑机、干燥机、冷却塔"),
    ("C1761", "针织或钩针编织物织造", "纺织", "功能性针织面料", "整经—针织—染色—定型—验布—包装", "圆纬机、染色机、定型机"),
    ("C3360", "金属表面处理及热处理加工", "表面处理", "五金件电镀及热处理加工", "除油—酸洗—电镀—钝化—烘干—热处理", "自动电镀线、网带炉、废气处理塔"),
    ("C3874", "智能照明器具制造", "智能照明", "智能LED灯具", "SMT贴片—插件—焊接—组装—老化—包装", "贴片机、回流焊炉、老化房"),
    ("C3841", "锂离子电池制造", "新能源科技", "储能用磷酸铁锂电池", "制浆—涂布—辊压—分切—卷绕—注液—化成—分容", "涂布机、化成柜、除湿系统"),
    ("C1951", "纺织面料鞋制造", "鞋业", "运动休闲鞋", "裁断—针车—成型—硫化—包装", "自动裁断机、硫化罐、空压机"),
    ("C2231", "纸和纸板容器制造", "包装", "瓦楞纸箱及彩印包装", "瓦楞成型—印刷—模切—糊箱—打包", "瓦楞纸板生产线、印刷开槽机、导热油炉"),
    ("C3670", "汽车零部件及配件制造", "汽车部件", "汽车座椅骨架及内饰件", "冲压—焊接—涂装—总成装配—检测", "冲压机、焊接机器人、涂装线"),
    ("C3441", "泵及真空设备制造", "机电", "工业水泵及真空机组", "铸件加工—机加工—装配—性能测试—涂装", "数控加工中心、试验台、喷涂房"),
    ("C1411", "糕点、面包制造", "食品", "烘焙糕点及馅料", "和面—成型—醒发—烘烤—冷却—包装", "隧道炉、蒸汽锅炉、冷库"),
    ("C3912", "计算机零部件制造", "科技", "计算机主板及电源模组", "SMT贴片—波峰焊—组装—老化—测试", "贴片机、波峰焊、老化架"),
    ("C2641", "涂料制造", "涂料", "水性工业涂料", "预混—分散—研磨—调漆—过滤—灌装", "高速分散机、砂磨机、RTO装置"),
    ("C3825", "光伏设备及元器件制造", "光伏科技", "光伏支架及逆变器组件", "下料—冲孔—焊接—热镀锌—装配—测试", "激光切割机、焊接机器人、测试平台"),
    ("C3831", "电线电缆制造", "电线电缆", "电力电缆及通信线缆", "拉丝—绞线—挤塑—成缆—护套—检测", "拉丝机、挤塑机、交联生产线"),
    ("C3021", "水泥制品制造", "建材", "预制混凝土构件", "配料—搅拌—浇筑—蒸养—脱模—堆放", "搅拌站、蒸养窑、龙门吊"),
]
NON_MANUFACTURING = [("F5191", "互联网批发"), ("I6513", "应用软件开发"), ("M7320", "工程和技术研究和试验发展"),
                     ("L7212", "投资与资产管理")]

AGENCY_PREFIX = ["厦门", "福建", "福建省", "福州", "泉州", "厦门市"]
AGENCY_BRAND = ["中衡", "绿标", "联合智信", "华测", "标准", "清源", "鹭检", "闽信", "中质", "海西", "恒诚", "绿蓝",
                "碳和", "中科环", "诚信达", "卓远"]
AGENCY_SUFFIX = ["绿色认证有限公司", "节能技术服务有限公司", "低碳科技有限公司", "检测认证有限公司",
                 "环境科技有限公司", "质量技术评价中心有限公司", "节能环保咨询有限公司", "认证服务有限公司"]
AGENCY_ADDR = ["厦门市思明区嘉禾路{n}号", "厦门市湖里区火炬路{n}号", "厦门市思明区湖滨南路{n}号",
               "福州市鼓楼区五四路{n}号", "泉州市丰泽区东海大街{n}号", "厦门市集美区杏林湾路{n}号"]

PARKS = [("厦门海沧台商投资区", "海沧区", "国家级"), ("厦门火炬高技术产业开发区翔安产业区", "翔安区", "国家级"),
         ("厦门集美机械工业集中区", "集美区", "省级"), ("厦门同安工业集中区", "同安区", "省级"),
         ("厦门翔安数字经济产业园", "翔安区", "省级"), ("厦门海沧生物医药港", "海沧区", "省级")]


def person(rng: random.Random) -> str:
    return rng.choice(SURNAMES) + rng.choice(GIVEN)


def make_uscc(rng: random.Random, region: str, modern: bool = True, prefix: str = "91") -> str:
    body = "MA" + "".join(rng.choice(USCC_CHARSET) for _ in range(6)) if modern else \
        "".join(rng.choice("0123456789") for _ in range(8))
    body = body[:8]
    body9 = body + _org_code_check(body)
    first17 = prefix + region + body9
    return first17 + uscc_check_char(first17)


def phone(rng: random.Random, mobile: bool = False) -> str:
    if mobile:
        return rng.choice(["139", "138", "136", "135", "189", "180", "158", "159"]) + "".join(
            str(rng.randint(0, 9)) for _ in range(8))
    return "0592-" + str(rng.randint(2, 8)) + "".join(str(rng.randint(0, 9)) for _ in range(6))


def make_company(rng: random.Random, industry=None, name: str | None = None) -> dict:
    ind = industry or rng.choice(INDUSTRIES)
    district = rng.choice(FACTORY_DISTRICTS)
    region, roads = DISTRICTS[district]
    if name is None:
        suffix = rng.choice(["有限公司", "有限公司", "股份有限公司"])
        name = "厦门" + rng.choice(BRANDS) + ind[2] + suffix
    addr = f"厦门市{district}{rng.choice(STREETS_SUB[district])}{rng.choice(roads)}{rng.randint(1, 999)}号"
    domain = "".join(rng.choice("abcdefghijklmnopqrstuvwxyz") for _ in range(rng.randint(4, 8)))
    return {
        "name": name, "industry_code": ind[0], "industry_name": ind[1], "products": ind[3],
        "process": ind[4], "equipment": ind[5], "district": district, "address": addr,
        "uscc": make_uscc(rng, region, modern=rng.random() < 0.85),
        "legal_rep": person(rng), "contact": person(rng), "dept": rng.choice(["安环部", "行政部", "设备能源部", "EHS部", "总经办", "生产管理部"]),  # noqa: E501
        "phone": phone(rng), "mobile": phone(rng, True), "email": f"green@{domain}.com",
        "founded": None, "staff": None,
        "nature": rng.choice(["内资（民营）", "内资（民营）", "内资（国有）", "中外合资", "港澳台", "外商独资"]),
    }


def make_agency(rng: random.Random) -> dict:
    name = rng.choice(AGENCY_PREFIX) + rng.choice(AGENCY_BRAND) + rng.choice(AGENCY_SUFFIX)
    team = []
    while len(team) < rng.randint(3, 4):
        p = person(rng)
        if p not in team:
            team.append(p)
    return {
        "name": name, "address": rng.choice(AGENCY_ADDR).format(n=rng.randint(10, 899)),
        "legal_rep": person(rng), "legal_phone": phone(rng), "contact": team[1], "contact_phone": phone(rng, True),
        "lead": team[0], "lead_phone": phone(rng, True), "reviewer": person(rng), "team": team,
        "staff": rng.randint(8, 40), "senior": None, "projects": rng.choice([20, 30, 50, 80, 100]),
    }


def make_park(rng: random.Random) -> dict:
    name, district, level = rng.choice(PARKS)
    region = DISTRICTS[district][0]
    return {
        "name": name, "district": district, "level": level,
        "address": f"厦门市{district}{rng.choice(DISTRICTS[district][1])}{rng.randint(1, 300)}号",
        "manager_org": name.replace("厦门", "厦门市").split("区")[0] + "区管理委员会" if "区" in name else name + "管理委员会",
        "uscc": make_uscc(rng, region, modern=False, prefix="11"),
        "legal_rep": person(rng), "contact": person(rng), "phone": phone(rng), "mobile": phone(rng, True),
        "email": "lyyq" + str(rng.randint(10, 99)) + "@xm.gov.cn", "dept": "经济发展局",
    }
