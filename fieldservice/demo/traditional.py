"""The demo data of service centres in Taiwan and Hong Kong, in Traditional Chinese:
the products, parts, faults and plans are shared; names, addresses and phone
numbers are each place's own."""

from __future__ import annotations

import dataclasses
import random

from fieldservice.demo.chinese import customer_from
from fieldservice.demo.words import Fault, Line, Words, area_in, mobile

# -- Taiwan ---------------------------------------------------------------------------

TW_SURNAMES = (
    ("陳", "chen"), ("林", "lin"), ("黃", "huang"), ("張", "chang"), ("李", "lee"),
    ("王", "wang"), ("吳", "wu"), ("劉", "liu"), ("蔡", "tsai"), ("楊", "yang"),
    ("許", "hsu"), ("鄭", "cheng"), ("謝", "hsieh"), ("郭", "kuo"), ("洪", "hung"),
    ("曾", "tseng"), ("邱", "chiu"), ("廖", "liao"), ("賴", "lai"), ("周", "chou"),
)  # fmt: skip
TW_GIVEN_NAMES = (
    ("志豪", "chihhao"), ("怡君", "yichun"), ("雅婷", "yating"), ("家豪", "chiahao"),
    ("俊傑", "chunchieh"), ("淑芬", "shufen"), ("美玲", "meiling"), ("建宏", "chienhung"),
    ("宗翰", "tsunghan"), ("佳穎", "chiaying"), ("冠宇", "kuanyu"), ("詩涵", "shihhan"),
    ("承恩", "chengen"), ("欣怡", "hsinyi"), ("柏翰", "pohan"), ("雅琪", "yachi"),
    ("明輝", "minghui"), ("麗華", "lihua"), ("偉", "wei"), ("婷", "ting"),
)  # fmt: skip
# (postcode, city, district, streets)
TW_PLACES = (
    ("106", "台北市", "大安區", ("忠孝東路四段", "復興南路一段", "和平東路二段")),
    ("110", "台北市", "信義區", ("松仁路", "基隆路一段", "信義路五段")),
    ("104", "台北市", "中山區", ("南京東路二段", "民生東路三段", "林森北路")),
    ("220", "新北市", "板橋區", ("文化路一段", "中山路一段", "縣民大道二段")),
    ("320", "桃園市", "中壢區", ("中正路", "環北路", "中華路二段")),
    ("300", "新竹市", "東區", ("光復路二段", "食品路")),
    ("407", "台中市", "西屯區", ("台灣大道三段", "文心路三段", "市政路")),
    ("701", "台南市", "東區", ("中華東路三段", "東寧路")),
    ("806", "高雄市", "前鎮區", ("中山二路", "中華五路", "一心二路")),
)
TW_COMPANY_KINDS = (
    "烘焙坊", "牙醫診所", "大飯店", "咖啡館", "洗衣店", "健身中心", "診所", "餐廳",
    "補習班", "護理之家", "影印店", "汽車保養廠", "企業有限公司",
)  # fmt: skip
COMPANY_WORDS = (
    "華聯", "宏達", "鑫源", "金海", "東方", "新世紀", "恆通", "德勝",
    "盛世", "永興", "嘉禾", "瑞豐", "明珠", "天潤", "福源", "康樂",
)  # fmt: skip


def _tw_address(rng: random.Random) -> tuple[str, str]:
    postcode, city, district, streets = rng.choice(TW_PLACES)
    text = f"{postcode}{city}{district}{rng.choice(streets)}{rng.randint(1, 399)}號"
    if rng.random() < 0.6:
        text += f"{rng.randint(2, 20)}樓"
    return city, text


def _tw_company(rng: random.Random, city: str) -> str:
    return f"{rng.choice(COMPANY_WORDS)}{rng.choice(TW_COMPANY_KINDS)}"


def tw_phone(rng: random.Random, region: str) -> str:
    prefixes = ("0912", "0918", "0920", "0921", "0932", "0937", "0955", "0963", "0972", "0988")
    return mobile(rng, region, prefixes, 10)


# -- Hong Kong ------------------------------------------------------------------------

HK_SURNAMES = (
    ("陳", "chan"), ("李", "lee"), ("張", "cheung"), ("黃", "wong"), ("何", "ho"),
    ("林", "lam"), ("梁", "leung"), ("劉", "lau"), ("吳", "ng"), ("鄭", "cheng"),
    ("周", "chow"), ("蔡", "choi"), ("麥", "mak"), ("馮", "fung"), ("曾", "tsang"),
    ("譚", "tam"), ("鄧", "tang"), ("葉", "yip"), ("羅", "law"), ("區", "au"),
)  # fmt: skip
HK_GIVEN_NAMES = (
    ("大文", "taiman"), ("家明", "kaming"), ("嘉欣", "kayan"), ("志偉", "chiwai"),
    ("詠詩", "wingsze"), ("偉強", "waikeung"), ("美儀", "meiyee"), ("俊傑", "chunkit"),
    ("曉彤", "hiutung"), ("子健", "tszkin"), ("麗珊", "laishan"), ("國華", "kwokwah"),
    ("文輝", "manfai"), ("寶儀", "poyee"), ("浩然", "hoyin"), ("淑儀", "sukyee"),
    ("健", "kin"), ("敏", "man"), ("德華", "takwah"), ("穎", "wing"),
)  # fmt: skip
# (region as written before the district, district, streets)
HK_PLACES = (
    ("", "中環", ("皇后大道中", "德輔道中", "干諾道中")),
    ("", "灣仔", ("軒尼詩道", "告士打道", "莊士敦道")),
    ("", "北角", ("英皇道", "渣華道")),
    ("九龍", "旺角", ("彌敦道", "亞皆老街", "砵蘭街")),
    ("九龍", "尖沙咀", ("廣東道", "金巴利道", "漆咸道南")),
    ("九龍", "觀塘", ("觀塘道", "開源道", "鴻圖道")),
    ("九龍", "深水埗", ("長沙灣道", "荔枝角道")),
    ("新界", "沙田", ("沙田正街", "源禾路")),
    ("新界", "荃灣", ("沙咀道", "青山公路荃灣段")),
    ("新界", "元朗", ("教育路", "青山公路元朗段")),
)
HK_COMPANY_KINDS = (
    "餅店", "牙科診所", "酒店", "咖啡室", "洗衣公司", "健身中心", "醫務所", "酒家",
    "補習社", "護老院", "印刷公司", "汽車維修中心", "貿易有限公司",
)  # fmt: skip


def _hk_address(rng: random.Random) -> tuple[str, str]:
    region, district, streets = rng.choice(HK_PLACES)
    text = f"香港{region}{district}{rng.choice(streets)}{rng.randint(1, 399)}號"
    text += f"{rng.randint(2, 30)}樓{rng.choice('ABCDEFGH')}室"
    return district, text


def _hk_company(rng: random.Random, district: str) -> str:
    return f"{rng.choice(COMPANY_WORDS)}{rng.choice(HK_COMPANY_KINDS)}"


def hk_phone(rng: random.Random, region: str) -> str:
    return mobile(rng, region, ("5", "6", "9"), 8)


# -- products, parts and faults (both places) -----------------------------------------

CATEGORIES = {
    "Dishwashers": "洗碗機",
    "Washing machines": "洗衣機",
    "Tumble dryers": "乾衣機",
    "Coffee machines": "咖啡機",
    "Refrigeration": "製冷設備",
    "Ovens": "烹飪設備",
    "Air conditioning": "冷氣空調",
    "Heating": "熱泵熱水",
    "Floor care": "清潔設備",
    "Power tools": "電動工具",
    "Generators": "發電機組",
    "Compressors": "空壓機",
}
CATALOGUE: tuple[Line, ...] = (
    ("Dishwashers", "華康", "HKA", "WQP", "嵌入式洗碗機", "HKD", (8, 10, 12, 13, 15)),
    ("Washing machines", "華康", "HKA", "XQG", "滾筒洗衣機", "HKW", (70, 80, 90, 100, 120)),
    ("Tumble dryers", "華康", "HKA", "HGY", "熱泵乾衣機", "HKT", (70, 80, 90, 100, 120)),
    ("Coffee machines", "美嘉", "MJA", "CM-", "商用義式咖啡機", "MJC", (100, 200, 300, 400, 600)),
    ("Coffee machines", "美嘉", "MJA", "BC-", "全自動咖啡機", "MJB", (100, 200, 300, 500, 800)),
    ("Refrigeration", "雪川", "XCH", "BCD-", "對開門冰箱", "XCR", (406, 450, 520, 600, 650)),
    ("Refrigeration", "雪川", "XCH", "TF-", "廚房工作台冷藏櫃", "XCU", (120, 150, 180, 210, 240)),
    ("Ovens", "東潤", "DRN", "SK-", "商用萬能蒸烤箱", "DRO", (6, 10, 12, 20, 40)),
    ("Ovens", "東潤", "DRN", "WB", "商用微波爐", "DRM", (18, 25, 30, 34, 42)),
    ("Air conditioning", "瑞風", "RFG", "KFR-", "分離式壁掛冷氣", "RFA", (26, 35, 50, 72, 120)),
    ("Heating", "瑞風", "RFG", "RSJ-", "空氣源熱泵熱水器", "RFH", (100, 150, 200, 300, 500)),
    ("Floor care", "潔寶", "JBO", "XD", "手推式洗地機", "JBS", (430, 510, 560, 660, 860)),
    ("Floor care", "潔寶", "JBO", "XC", "商用吸塵器", "JBV", (15, 30, 60, 80, 90)),
    ("Power tools", "勁力", "JLI", "DZ", "鋰電衝擊電鑽", "JLD", (12, 14, 18, 20, 36)),
    ("Generators", "泰動", "TDG", "GN", "柴油發電機組", "TDG", (300, 450, 600, 800, 1200)),
    ("Compressors", "泰動", "TDG", "LG-", "螺旋式空壓機", "TDC", (7, 11, 15, 22, 37)),
)
PARTS = {
    "FAN": "風扇馬達",
    "PMP": "排水泵",
    "BLT": "傳動皮帶",
    "SEL": "門封圈",
    "BRD": "主控板",
    "HTR": "加熱管",
    "VLV": "進水閥",
    "FLT": "濾芯",
    "SNS": "溫度感測器",
    "HSE": "排水管",
    "CAP": "運轉電容",
    "BRG": "滾筒軸承套件",
    "GSK": "水泵密封墊",
    "BRS": "碳刷（一對）",
    "CMP": "壓縮機",
}
SUPPLIERS = (
    "華康原廠零件有限公司",
    "東潤機電零件有限公司",
    "雪川冷凍零件有限公司",
    "鼎盛電子零件有限公司",
)
DEALERS = (
    "百誠電器行",
    "鑫源廚房設備",
    "瑞風冷氣工程行",
    "金海家電量販店",
    "品牌官方網路商店",
    "美嘉咖啡器材專賣店",
)
TERMS = (
    "保修期內，因材料或製造瑕疵造成的零件故障，由授權服務中心免費維修或更換，"
    "含工資。耗材（濾芯、密封件、燈泡、刷子）及外觀件不在保修範圍內。"
    "服務期內保證零件供應，維修依標準收費。"
)
VOID_CONDITIONS = (
    "人為損壞",
    "進水或受潮損壞",
    "未經授權拆修或改裝",
    "保修標籤損壞或缺失",
    "序號被撕毀或塗改",
    "未依說明書安裝或使用",
)
FAULTS: dict[str, tuple[Fault, ...]] = {
    "Dishwashers": (
        ("不排水，底部積水", "排水泵葉輪被玻璃碎片卡住", "清理葉輪和濾網，試機兩個程序正常"),
        ("顯示故障代碼E24", "機身後方排水管彎折", "重新配置排水管，E24消除"),
        ("門邊漏水", "門封圈下角破裂", "更換門封圈"),
        ("洗不乾淨，噴臂不轉", "下噴臂軸承磨損", "更換下噴臂"),
    ),
    "Washing machines": (
        ("脫水時噪音大，滾筒轉不動", "滾筒軸承磨損", "更換軸承及油封"),
        ("不排水，洗到一半停機", "排水泵卡死", "更換排水泵"),
        ("洗完門打不開", "門鎖致動器損壞", "更換門鎖"),
        ("機器底部漏水", "外桶排水軟管破裂", "更換軟管及束環"),
    ),
    "Tumble dryers": (
        ("衣服烘不乾", "冷凝器被棉絮堵塞", "清洗冷凝器和濾網，試機正常"),
        ("滾筒不轉，馬達空轉", "傳動皮帶斷裂", "更換傳動皮帶"),
        ("烘乾中途停機警報", "溫度感測器阻值異常", "更換溫度感測器"),
    ),
    "Coffee machines": (
        ("不出水", "水泵堵塞，水垢嚴重", "除垢並更換水泵密封墊"),
        ("咖啡不熱", "加熱管斷路", "更換加熱管"),
        ("磨豆機有聲音但不出粉", "磨盤被小石子卡住", "清理並更換磨盤"),
        ("底部漏水", "水泵密封墊老化", "更換水泵密封墊"),
    ),
    "Refrigeration": (
        ("不製冷，冷藏室溫度高", "冷凝風扇馬達損壞", "更換冷凝風扇馬達"),
        ("後壁結冰嚴重", "除霜感測器故障", "更換除霜感測器"),
        ("壓縮機噪音大，有喀噠聲", "運轉電容容量不足", "更換運轉電容"),
    ),
    "Ovens": (
        ("開機後不加熱", "門控開關接觸不良", "更換門控開關，試機正常"),
        ("運轉時有異音", "散熱風扇馬達軸承磨損", "更換散熱風扇馬達"),
        ("顯示螢幕不亮", "主控板電源模組損壞", "更換主控板"),
    ),
    "Air conditioning": (
        ("冷氣不冷", "冷媒不足，銅管接頭洩漏", "補焊接頭，抽真空後填充冷媒"),
        ("室內機漏水", "排水管堵塞", "疏通排水管，清洗集水盤"),
        ("室外機不啟動", "壓縮機啟動電容損壞", "更換運轉電容"),
    ),
    "Heating": (
        ("熱水溫度不夠", "蒸發器結霜，除霜不正常", "更換溫度感測器，調整除霜參數"),
        ("機組高壓保護跳脫", "水路過濾器堵塞", "清洗過濾器，排除空氣"),
        ("室外機噪音大", "風扇馬達軸承磨損", "更換風扇馬達"),
    ),
    "Floor care": (
        ("電源線破損，插電無反應", "電源線內部斷芯", "更換電源線"),
        ("馬達不轉", "碳刷磨損", "更換碳刷"),
        ("吸力變小", "濾芯堵塞", "更換濾芯，清理風道"),
    ),
    "Power tools": (
        ("按下開關不轉", "碳刷磨盡", "更換碳刷"),
        ("電池充不進電", "電池保護板損壞", "更換電池組"),
        ("夾頭鬆動打滑", "夾頭磨損", "更換鑽夾頭"),
    ),
    "Generators": (
        ("啟動困難，冒黑煙", "空氣濾芯堵塞，噴油嘴霧化不良", "更換空氣濾芯，清洗噴油嘴"),
        ("輸出電壓不穩", "調壓板故障", "更換調壓板，帶載測試"),
        ("運轉中水溫過高停機", "冷卻液不足，水泵皮帶鬆弛", "補充冷卻液，調整皮帶"),
    ),
    "Compressors": (
        ("排氣壓力上不去", "進氣閥卡滯", "清洗進氣閥，更換進氣濾芯"),
        ("機頭溫度過高警報", "油冷卻器髒污堵塞", "清洗油冷卻器，更換機油"),
        ("啟動時跳電", "運轉電容損壞", "更換運轉電容"),
    ),
}
GENERIC_FAULTS: tuple[Fault, ...] = (
    ("通電無反應", "主控板電源故障", "更換主控板"),
    ("間歇性顯示故障代碼", "感測器線束接頭鬆動", "重新壓接接頭"),
    ("運轉時噪音大", "風葉刮碰外殼", "重新安裝風葉，試機正常"),
    ("客戶要求年度保養", "例行檢查", "保養、清潔並做安全檢測"),
)
PLANS = {
    "Heating": ("熱泵年度保養", "檢查冷媒壓力\n清洗蒸發器\n測試除霜\n檢查控制器"),
    "Air conditioning": ("冷氣半年保養", "清洗濾網\n檢查排水管\n量測出風溫度"),
    "Generators": ("每250運轉小時保養", "更換機油和機油濾芯\n檢查冷卻液\n帶載測試30分鐘"),
    "Compressors": ("每500運轉小時保養", "排放冷凝水\n更換進氣濾芯\n檢查安全閥"),
    "Coffee machines": ("季度除垢保養", "鍋爐除垢\n更換沖煮頭密封圈\n校正磨豆機"),
    "Refrigeration": ("季度冷凝器清潔", "清潔冷凝器\n檢查門封條\n記錄溫度"),
}
TW_TECHNICIANS = ("陳志明", "林建宏", "黃俊傑", "張家豪", "李宗翰")
HK_TECHNICIANS = ("陳大文", "李志偉", "黃家明", "張國強", "何俊傑")


def _locations(technician: str) -> tuple[tuple[str, str, str, str], ...]:
    return (
        ("MAIN", "主倉庫", "store", ""),
        ("VAN-1", f"服務車1（{technician}）", "van", technician),
        ("QUAR", "待檢區（故障件）", "quarantine", ""),
    )


TAIWAN = Words(
    customer=customer_from(TW_SURNAMES, TW_GIVEN_NAMES, _tw_company, _tw_address),
    phone=tw_phone,
    area=area_in(tuple(city + district for _p, city, district, _s in TW_PLACES), str),
    catalogue=CATALOGUE,
    product_name="{brand}{name} {model}",
    categories=CATEGORIES,
    terms=TERMS,
    void_conditions=VOID_CONDITIONS,
    dealers=DEALERS,
    suppliers=SUPPLIERS,
    parts=PARTS,
    part_units={"pcs": "個", "m": "公尺"},
    locations=_locations(TW_TECHNICIANS[0]),
    faults=FAULTS,
    generic_faults=GENERIC_FAULTS,
    technicians=TW_TECHNICIANS,
    accessories=("", "電源線", "進水管和電源線", "遙控器"),
    conditions=("", "頂部有刮痕", "側板有凹痕"),
    cancel_reason="客戶取消維修",
    coverage={
        "in_warranty": "保固期內",
        "service_period": "服務期（收費）",
        "expired": "已過保固",
        "void": "保固失效",
        "not_registered": "未登記保固",
    },
    plans=PLANS,
    complaints=(
        "維修後沒幾週同樣的故障又出現了",
        "維修時間遠超過承諾",
        "報價後一直沒有人回電",
        "取回時機器很髒，門上還有刮痕",
        "幾個月內第三次故障，要求換新機",
    ),
    resolutions=(
        "已致歉，免費再次維修",
        "作為補償退還工資",
        "依保固更換新機",
        "已說明零件缺貨造成延誤，客戶表示滿意",
    ),
    praise=("服務快，態度好", "修好後跟新的一樣，謝謝", "全程都有即時通知"),
    grumbles=("等太久了", "要自己打電話追進度", "故障又出現了"),
)
HONG_KONG = dataclasses.replace(
    TAIWAN,
    customer=customer_from(HK_SURNAMES, HK_GIVEN_NAMES, _hk_company, _hk_address),
    phone=hk_phone,
    area=area_in(tuple(region + district for region, district, _s in HK_PLACES), str),
    locations=_locations(HK_TECHNICIANS[0]),
    technicians=HK_TECHNICIANS,
    coverage={
        "in_warranty": "保養期內",
        "service_period": "服務期（收費）",
        "expired": "保養已過期",
        "void": "保養失效",
        "not_registered": "未登記保養",
    },
    resolutions=(
        "已致歉，免費再次維修",
        "作為補償退還人工費",
        "按保養條款更換新機",
        "已解釋零件缺貨導致延誤，客戶表示滿意",
    ),
    praise=("服務快，態度好", "整好之後好似新嘅一樣，多謝", "全程都有通知進度"),
)
