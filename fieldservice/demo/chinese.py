"""The demo data of a service station in mainland China, in Simplified Chinese:
customers with Chinese names and addresses, 11-digit mobile numbers, the product
lines of (invented) Chinese brands, their spare parts, faults and plans."""

from __future__ import annotations

import random
from collections.abc import Callable

from fieldservice.demo.words import Fault, Line, Person, Words, area_in, mobile
from fieldservice.services import maintenance

# Common surnames and given names (one or two characters), with their pinyin for
# e-mail addresses.
SURNAMES = (
    ("王", "wang"), ("李", "li"), ("张", "zhang"), ("刘", "liu"), ("陈", "chen"),
    ("杨", "yang"), ("黄", "huang"), ("赵", "zhao"), ("吴", "wu"), ("周", "zhou"),
    ("徐", "xu"), ("孙", "sun"), ("马", "ma"), ("朱", "zhu"), ("胡", "hu"),
    ("郭", "guo"), ("何", "he"), ("高", "gao"), ("林", "lin"), ("罗", "luo"),
    ("郑", "zheng"), ("梁", "liang"), ("谢", "xie"), ("宋", "song"), ("唐", "tang"),
    ("韩", "han"), ("冯", "feng"), ("邓", "deng"), ("曹", "cao"), ("彭", "peng"),
    ("曾", "zeng"), ("田", "tian"), ("董", "dong"), ("潘", "pan"), ("袁", "yuan"),
    ("蔡", "cai"), ("蒋", "jiang"), ("叶", "ye"), ("程", "cheng"), ("欧阳", "ouyang"),
)  # fmt: skip
GIVEN_NAMES = (
    ("伟", "wei"), ("芳", "fang"), ("娜", "na"), ("敏", "min"), ("静", "jing"),
    ("磊", "lei"), ("洋", "yang"), ("勇", "yong"), ("杰", "jie"), ("涛", "tao"),
    ("强", "qiang"), ("军", "jun"), ("丽", "li"), ("斌", "bin"), ("鹏", "peng"),
    ("建华", "jianhua"), ("秀英", "xiuying"), ("志强", "zhiqiang"), ("晓东", "xiaodong"),
    ("丽娟", "lijuan"), ("海燕", "haiyan"), ("婷婷", "tingting"), ("子涵", "zihan"),
    ("浩然", "haoran"), ("雨萱", "yuxuan"), ("欣怡", "xinyi"), ("俊杰", "junjie"),
    ("一鸣", "yiming"), ("建国", "jianguo"), ("桂英", "guiying"), ("国强", "guoqiang"),
    ("文博", "wenbo"), ("思远", "siyuan"), ("佳怡", "jiayi"), ("红梅", "hongmei"),
    ("春生", "chunsheng"), ("晓明", "xiaoming"), ("美玲", "meiling"), ("海涛", "haitao"),
)  # fmt: skip
# City, district, streets: real mainland addresses, from the city down.
CITIES = (
    ("北京市", "海淀区", ("中关村大街", "学院路", "北四环西路", "知春路")),
    ("北京市", "朝阳区", ("建国路", "望京街", "朝阳北路", "酒仙桥路")),
    ("北京市", "丰台区", ("丰台北路", "南三环西路")),
    ("上海市", "浦东新区", ("世纪大道", "张杨路", "陆家嘴环路", "锦绣路")),
    ("上海市", "徐汇区", ("漕溪北路", "肇嘉浜路", "虹桥路")),
    ("上海市", "静安区", ("南京西路", "共和新路")),
    ("广州市", "天河区", ("天河路", "体育西路", "黄埔大道西", "中山大道西")),
    ("广州市", "越秀区", ("中山五路", "环市东路", "东风中路")),
    ("广州市", "海珠区", ("江南大道中", "新港中路")),
    ("深圳市", "南山区", ("深南大道", "南海大道", "科苑路")),
    ("深圳市", "福田区", ("福华一路", "深南中路", "华强北路")),
    ("杭州市", "西湖区", ("文三路", "天目山路", "教工路")),
    ("成都市", "武侯区", ("人民南路四段", "科华北路", "武侯祠大街")),
    ("武汉市", "武昌区", ("中北路", "武珞路", "中南路")),
    ("南京市", "鼓楼区", ("中山北路", "湖南路")),
    ("天津市", "河西区", ("友谊路", "围堤道")),
    ("重庆市", "渝中区", ("民族路", "中山三路")),
    ("西安市", "雁塔区", ("长安南路", "小寨西路")),
)
COMPANY_WORDS = (
    "华联", "宏达", "鑫源", "金海", "东方", "新世纪", "恒通", "德胜",
    "盛世", "永兴", "嘉禾", "瑞丰", "明珠", "天润", "福源", "康乐",
)  # fmt: skip
COMPANY_KINDS = (
    "商贸有限公司", "烘焙食品有限公司", "口腔门诊部", "大酒店", "咖啡有限公司",
    "洗涤服务有限公司", "健身俱乐部", "医疗门诊部", "餐饮管理有限公司", "培训学校",
    "养老院", "图文快印店", "汽车维修服务有限公司",
)  # fmt: skip
EMAIL_DOMAINS = ("example.com", "example.net", "example.org")


def customer_from(
    surnames: tuple[tuple[str, str], ...],
    given_names: tuple[tuple[str, str], ...],
    company: Callable[[random.Random, str], str],
    address: Callable[[random.Random], tuple[str, str]],
) -> Callable[[random.Random, int], Person]:
    """A customer maker from these names: a Chinese name, an e-mail in pinyin or
    digits (QQ style) or none, a company now and then, an address."""

    def customer(rng: random.Random, i: int) -> Person:
        surname, surname_roman = rng.choice(surnames)
        given, given_roman = rng.choice(given_names)
        kind = rng.random()
        if kind < 0.55:
            email = f"{surname_roman}.{given_roman}{i % 97}@{rng.choice(EMAIL_DOMAINS)}"
        elif kind < 0.8:
            email = f"{rng.randrange(10**7, 10**10)}@{rng.choice(EMAIL_DOMAINS)}"
        else:
            email = ""
        city, text = address(rng)
        firm = company(rng, city) if rng.random() < 0.25 else ""
        return surname + given, firm, email, text

    return customer


def _address(rng: random.Random) -> tuple[str, str]:
    city, district, streets = rng.choice(CITIES)
    text = f"{city}{district}{rng.choice(streets)}{rng.randint(1, 399)}号"
    flat = rng.random()
    if flat < 0.4:
        text += f"{rng.randint(1, 30)}栋{rng.randint(1, 28)}{rng.randint(1, 4):02d}室"
    elif flat < 0.6:
        text += f"{rng.randint(2, 25)}楼"
    return city, text


def _company(rng: random.Random, city: str) -> str:
    return f"{city.removesuffix('市')}{rng.choice(COMPANY_WORDS)}{rng.choice(COMPANY_KINDS)}"


# Mobile prefixes of the three carriers.
MOBILE_PREFIXES = (
    "134", "135", "136", "137", "138", "139", "150", "151", "152", "157", "158", "159",
    "182", "183", "187", "188", "130", "131", "132", "155", "156", "185", "186",
    "133", "153", "180", "181", "189", "177", "199",
)  # fmt: skip


def phone(rng: random.Random, region: str) -> str:
    return mobile(rng, region, MOBILE_PREFIXES, 11)


CATEGORIES = {
    "Dishwashers": "洗碗机",
    "Washing machines": "洗衣机",
    "Tumble dryers": "干衣机",
    "Coffee machines": "咖啡机",
    "Refrigeration": "制冷设备",
    "Ovens": "烹饪设备",
    "Air conditioning": "空调",
    "Heating": "热泵采暖",
    "Floor care": "清洁设备",
    "Power tools": "电动工具",
    "Generators": "发电机组",
    "Compressors": "空压机",
}
# The lines of the English catalogue, one for one, under invented brands.
CATALOGUE: tuple[Line, ...] = (
    ("Dishwashers", "华康", "HKA", "WQP", "嵌入式洗碗机", "HKD", (8, 10, 12, 13, 15)),
    ("Washing machines", "华康", "HKA", "XQG", "滚筒洗衣机", "HKW", (70, 80, 90, 100, 120)),
    ("Tumble dryers", "华康", "HKA", "HGY", "热泵干衣机", "HKT", (70, 80, 90, 100, 120)),
    ("Coffee machines", "美嘉", "MJA", "CM-", "商用意式咖啡机", "MJC", (100, 200, 300, 400, 600)),
    ("Coffee machines", "美嘉", "MJA", "BC-", "全自动咖啡机", "MJB", (100, 200, 300, 500, 800)),
    ("Refrigeration", "雪川", "XCH", "BCD-", "对开门冰箱", "XCR", (406, 450, 520, 600, 650)),
    ("Refrigeration", "雪川", "XCH", "TF-", "厨房操作台冷藏柜", "XCU", (120, 150, 180, 210, 240)),
    ("Ovens", "东润", "DRN", "SK-", "商用万能蒸烤箱", "DRO", (6, 10, 12, 20, 40)),
    ("Ovens", "东润", "DRN", "WB", "商用微波炉", "DRM", (18, 25, 30, 34, 42)),
    ("Air conditioning", "瑞风", "RFG", "KFR-", "分体挂壁式空调", "RFA", (26, 35, 50, 72, 120)),
    ("Heating", "瑞风", "RFG", "RSJ-", "空气源热泵热水机", "RFH", (100, 150, 200, 300, 500)),
    ("Floor care", "洁宝", "JBO", "XD", "手推式洗地机", "JBS", (430, 510, 560, 660, 860)),
    ("Floor care", "洁宝", "JBO", "XC", "商用吸尘器", "JBV", (15, 30, 60, 80, 90)),
    ("Power tools", "劲力", "JLI", "DZ", "锂电冲击钻", "JLD", (12, 14, 18, 20, 36)),
    ("Generators", "泰动", "TDG", "GN", "柴油发电机组", "TDG", (300, 450, 600, 800, 1200)),
    ("Compressors", "泰动", "TDG", "LG-", "螺杆空压机", "TDC", (7, 11, 15, 22, 37)),
)
PARTS = {
    "FAN": "风扇电机",
    "PMP": "排水泵",
    "BLT": "传动皮带",
    "SEL": "门封圈",
    "BRD": "主控板",
    "HTR": "加热管",
    "VLV": "进水阀",
    "FLT": "滤芯",
    "SNS": "温度传感器",
    "HSE": "排水管",
    "CAP": "运行电容",
    "BRG": "滚筒轴承套件",
    "GSK": "水泵密封垫",
    "BRS": "碳刷（一对）",
    "CMP": "压缩机",
}
SUPPLIERS = (
    "佛山市华康电器配件有限公司",
    "宁波东润机电配件有限公司",
    "苏州雪川制冷配件有限公司",
    "深圳市鼎盛电子元件有限公司",
)
DEALERS = (
    "百诚电器商城",
    "鑫源厨房设备有限公司",
    "瑞风空调安装工程部",
    "金海家电城",
    "品牌官方网店",
    "美嘉咖啡设备专营店",
)
TERMS = (
    "保修期内，因材料或制造缺陷造成的零部件故障，由授权服务站免费维修或更换，"
    "含人工费。耗材（滤芯、密封件、灯泡、刷子）及外观件不在保修范围内。"
    "服务期内保证配件供应，维修按标准收费。"
)
VOID_CONDITIONS = (
    "人为损坏",
    "进水或受潮损坏",
    "未经授权拆修或改装",
    "保修标签损坏或缺失",
    "序列号被撕毁或涂改",
    "未按说明书安装或使用",
)
FAULTS: dict[str, tuple[Fault, ...]] = {
    "Dishwashers": (
        ("不排水，底部积水", "排水泵叶轮被玻璃碎片卡住", "清理叶轮和过滤网，试机两个程序正常"),
        ("显示故障代码E24", "机身后排水管折弯", "重新布置排水管，E24消除"),
        ("门边漏水", "门封圈下角撕裂", "更换门封圈"),
        ("洗不干净，喷臂不转", "下喷臂轴承磨损", "更换下喷臂"),
    ),
    "Washing machines": (
        ("脱水时噪音大，滚筒转不动", "滚筒轴承磨损", "更换轴承及油封"),
        ("不排水，洗到一半停机", "排水泵卡死", "更换排水泵"),
        ("洗完门打不开", "门锁执行器损坏", "更换门锁"),
        ("机器底部漏水", "外筒排水软管开裂", "更换软管及卡箍"),
    ),
    "Tumble dryers": (
        ("衣服烘不干", "冷凝器被绒毛堵塞", "清洗冷凝器和滤网，试机正常"),
        ("滚筒不转，电机空转", "传动皮带断裂", "更换传动皮带"),
        ("烘干中途停机报警", "温度传感器阻值异常", "更换温度传感器"),
    ),
    "Coffee machines": (
        ("不出水", "水泵堵塞，水垢严重", "除垢并更换水泵密封垫"),
        ("咖啡不热", "加热管断路", "更换加热管"),
        ("磨豆机有响声但不出粉", "磨盘被小石子卡住", "清理并更换磨盘"),
        ("底部漏水", "水泵密封垫老化", "更换水泵密封垫"),
    ),
    "Refrigeration": (
        ("不制冷，冷藏室温度高", "冷凝风扇电机损坏", "更换冷凝风扇电机"),
        ("后壁结冰严重", "化霜传感器故障", "更换化霜传感器"),
        ("压缩机噪音大，有咔嗒声", "运行电容容量不足", "更换运行电容"),
    ),
    "Ovens": (
        ("开机后不加热", "门控开关接触不良", "更换门控开关，试机正常"),
        ("运行时有异响", "散热风扇电机轴承磨损", "更换散热风扇电机"),
        ("显示屏不亮", "主控板电源模块损坏", "更换主控板"),
    ),
    "Air conditioning": (
        ("制冷效果差", "冷媒不足，连接管接头泄漏", "补焊接头，抽真空后加注冷媒"),
        ("室内机漏水", "排水管堵塞", "疏通排水管，清洗接水盘"),
        ("外机不启动", "压缩机启动电容损坏", "更换运行电容"),
    ),
    "Heating": (
        ("热水温度不够", "蒸发器结霜，化霜不正常", "更换温度传感器，调整化霜参数"),
        ("机组报高压保护", "水路过滤器堵塞", "清洗过滤器，排空气"),
        ("外机噪音大", "风扇电机轴承磨损", "更换风扇电机"),
    ),
    "Floor care": (
        ("电源线破损，插电无反应", "电源线内部断芯", "更换电源线"),
        ("电机不转", "碳刷磨损", "更换碳刷"),
        ("吸力变小", "滤芯堵塞", "更换滤芯，清理风道"),
    ),
    "Power tools": (
        ("开关按下不转", "碳刷磨尽", "更换碳刷"),
        ("电池充不进电", "电池保护板损坏", "更换电池组"),
        ("夹头松动打滑", "夹头磨损", "更换钻夹头"),
    ),
    "Generators": (
        ("启动困难，冒黑烟", "空气滤芯堵塞，喷油嘴雾化不良", "更换空滤，清洗喷油嘴"),
        ("输出电压不稳", "调压板故障", "更换调压板，带载测试"),
        ("运行中报水温高停机", "冷却液不足，水泵皮带松", "补充冷却液，调整皮带"),
    ),
    "Compressors": (
        ("排气压力上不去", "进气阀卡滞", "清洗进气阀，更换进气滤芯"),
        ("机头温度高报警", "油冷却器脏堵", "清洗油冷却器，更换机油"),
        ("启动跳闸", "运行电容损坏", "更换运行电容"),
    ),
}
GENERIC_FAULTS: tuple[Fault, ...] = (
    ("通电无反应", "主控板电源故障", "更换主控板"),
    ("间歇性报故障代码", "传感器线束插头松动", "重新压接插头"),
    ("运行时噪音大", "风叶刮碰外壳", "重新安装风叶，试机正常"),
    ("客户要求年度保养", "例行检查", "保养、清洁并做安全检测"),
)
PLANS = {
    "Heating": ("热泵年度保养", "检查冷媒压力\n清洗蒸发器\n测试化霜\n检查控制器"),
    "Air conditioning": ("空调半年保养", "清洗滤网\n检查排水管\n测量出风温度"),
    "Generators": ("每250运行小时保养", "更换机油和机油滤芯\n检查冷却液\n带载测试30分钟"),
    "Compressors": ("每500运行小时保养", "排放冷凝水\n更换进气滤芯\n检查安全阀"),
    "Coffee machines": ("季度除垢保养", "锅炉除垢\n更换冲煮头密封圈\n校准磨豆机"),
    "Refrigeration": ("季度冷凝器清洁", "清洁冷凝器\n检查门封条\n记录温度"),
}
TECHNICIANS = ("王建国", "李志强", "张海涛", "刘晓东", "陈国强")

MAINLAND = Words(
    customer=customer_from(SURNAMES, GIVEN_NAMES, _company, _address),
    phone=phone,
    area=area_in(tuple(city + district for city, district, _ in CITIES), maintenance._area_of),
    catalogue=CATALOGUE,
    product_name="{brand}{name} {model}",
    categories=CATEGORIES,
    terms=TERMS,
    void_conditions=VOID_CONDITIONS,
    dealers=DEALERS,
    suppliers=SUPPLIERS,
    parts=PARTS,
    part_units={"pcs": "个", "m": "米"},
    locations=(
        ("MAIN", "主仓库", "store", ""),
        ("VAN-1", f"服务车1（{TECHNICIANS[0]}）", "van", TECHNICIANS[0]),
        ("QUAR", "待检区（故障件）", "quarantine", ""),
    ),
    faults=FAULTS,
    generic_faults=GENERIC_FAULTS,
    technicians=TECHNICIANS,
    accessories=("", "电源线", "进水管和电源线", "遥控器"),
    conditions=("", "顶部有划痕", "侧板有凹痕"),
    cancel_reason="客户取消维修",
    coverage={
        "in_warranty": "保修期内",
        "service_period": "服务期（收费）",
        "expired": "已过保",
        "void": "保修失效",
        "not_registered": "未登记保修",
    },
    plans=PLANS,
    complaints=(
        "维修后没几周同样的故障又出现了",
        "维修时间远超承诺",
        "报价后一直没人回电话",
        "取回时机器很脏，门上还有划痕",
        "几个月内第三次坏了，要求换新机",
    ),
    resolutions=(
        "已致歉，免费再次维修",
        "作为补偿退还了人工费",
        "按保修更换新机",
        "已说明配件缺货导致延误，客户表示满意",
    ),
    praise=("服务快，态度好", "修好后跟新的一样，谢谢", "全程都有及时通知"),
    grumbles=("等得太久", "要自己打电话催进度", "故障又出现了"),
)
