"""The English demo data: UK customers, a catalogue of appliance and equipment
lines, their spare parts, faults and maintenance plans. Every country without word
lists of its own gets these (with phone numbers of its own)."""

from __future__ import annotations

import random

import phonenumbers

from fieldservice.demo.words import Person, Words
from fieldservice.services import maintenance
from fieldservice.services.warranty import DEFAULT_VOID_CONDITIONS

FIRST_NAMES = [
    "Oliver",
    "Amelia",
    "George",
    "Isla",
    "Harry",
    "Ava",
    "Jack",
    "Mia",
    "Jacob",
    "Grace",
    "Noah",
    "Sophia",
    "Charlie",
    "Lily",
    "Thomas",
    "Emily",
    "Oscar",
    "Ella",
    "William",
    "Freya",
    "James",
    "Chloe",
    "Leo",
    "Ruby",
    "Alfie",
    "Evie",
    "Henry",
    "Poppy",
    "Arthur",
    "Florence",
    "Lucas",
    "Alice",
    "Theo",
    "Rosie",
    "Ethan",
    "Sienna",
    "Mohammed",
    "Zara",
    "Aarav",
    "Priya",
    "Lukas",
    "Hannah",
    "Mateo",
    "Sofia",
    "Chen",
    "Mei",
    "Hiroshi",
    "Yuki",
    "Kwame",
    "Ama",
    "Piotr",
    "Zofia",
]
LAST_NAMES = [
    "Smith",
    "Jones",
    "Taylor",
    "Brown",
    "Williams",
    "Wilson",
    "Johnson",
    "Davies",
    "Robinson",
    "Wright",
    "Thompson",
    "Evans",
    "Walker",
    "White",
    "Roberts",
    "Green",
    "Hall",
    "Wood",
    "Jackson",
    "Clarke",
    "Patel",
    "Khan",
    "Lewis",
    "James",
    "Phillips",
    "Mason",
    "Mitchell",
    "Rose",
    "Davis",
    "Rodriguez",
    "Cox",
    "Alexander",
    "Morgan",
    "Moore",
    "Martin",
    "Nowak",
    "Schmidt",
    "Müller",
    "Rossi",
    "Novak",
    "García",
    "Okafor",
    "Mensah",
    "Kowalski",
    "Fischer",
    "O'Brien",
]
CHINESE_NAMES = (
    "王小明",
    "李娜",
    "张伟",
    "刘洋",
    "陈静",
    "杨帆",
    "黄磊",
    "赵敏",
    "周杰",
    "吳美玲",
    "林志豪",
)
COMPANY_WORDS = [
    "Riverside",
    "Northgate",
    "Oakwood",
    "Harbour",
    "Meadow",
    "Summit",
    "Beacon",
    "Crown",
    "Kingsway",
    "Parkside",
    "Westfield",
    "Hillcrest",
    "Lakeside",
    "Bridge",
    "Elm",
    "Victoria",
]
COMPANY_KINDS = (
    "Bakery",
    "Dental Practice",
    "Hotel",
    "Café",
    "Laundry",
    "Fitness",
    "Medical Centre",
    "Restaurant",
    "School",
    "Care Home",
    "Print Shop",
    "Garage",
)
STREETS = (
    "High Street",
    "Station Road",
    "Church Lane",
    "Victoria Road",
    "Mill Lane",
    "Park Avenue",
    "Queen's Road",
    "London Road",
    "Green Lane",
    "Manor Way",
    "Kings Road",
    "Orchard Close",
)
TOWNS = (
    ("Leeds", "LS"),
    ("Bristol", "BS"),
    ("Manchester", "M"),
    ("Sheffield", "S"),
    ("Nottingham", "NG"),
    ("Leicester", "LE"),
    ("York", "YO"),
    ("Bath", "BA"),
    ("Oxford", "OX"),
    ("Cambridge", "CB"),
    ("Norwich", "NR"),
    ("Exeter", "EX"),
)


# (category, brand, model stem, name, serial prefix)
CATALOGUE = (
    ("Dishwashers", "Aqualine", "DW", "Dishwasher", "AQD"),
    ("Washing machines", "Aqualine", "WM", "Washing Machine", "AQW"),
    ("Tumble dryers", "Aqualine", "TD", "Heat-Pump Dryer", "AQT"),
    ("Coffee machines", "Brewmaster", "CM", "Espresso Machine", "BMC"),
    ("Coffee machines", "Brewmaster", "BC", "Bean-to-Cup Machine", "BMB"),
    ("Refrigeration", "Polar", "RF", "Fridge Freezer", "PLR"),
    ("Refrigeration", "Polar", "UC", "Under-Counter Chiller", "PLU"),
    ("Ovens", "Hearth", "OV", "Combi Oven", "HTO"),
    ("Ovens", "Hearth", "MW", "Commercial Microwave", "HTM"),
    ("Air conditioning", "Climatek", "AC", "Split Air Conditioner", "CLA"),
    ("Heating", "Climatek", "HP", "Air-Source Heat Pump", "CLH"),
    ("Floor care", "Sweepro", "SC", "Scrubber Dryer", "SWS"),
    ("Floor care", "Sweepro", "VC", "Commercial Vacuum", "SWV"),
    ("Power tools", "Torqline", "DR", "Cordless Drill", "TQD"),
    ("Generators", "Voltic", "GN", "Diesel Generator", "VLG"),
    ("Compressors", "Voltic", "CP", "Air Compressor", "VLC"),
)
MODEL_SIZES = (300, 450, 600, 800, 1200)
TERMS = (
    "Repair or replacement, free of charge, of parts that fail through a defect in "
    "materials or manufacture, including labour at an authorised service centre. "
    "Consumables (filters, seals, bulbs, brushes) and cosmetic parts are not covered. "
    "During the service period parts remain available and repairs are charged."
)
DEALERS = (
    "Kitchen World Leeds",
    "Northern Catering Supplies",
    "CoolAir Installations",
    "Harbour Appliances",
    "Direct online shop",
    "Brewline Coffee Equipment",
)


# (prefix, name, unit, cost, the product categories such a part is made for)
PART_KINDS = (
    ("FAN", "Fan motor", "pcs", 18, ("Air conditioning", "Refrigeration", "Heating", "Ovens")),
    ("PMP", "Drain pump", "pcs", 32, ("Washing machines", "Dishwashers")),
    ("BLT", "Drive belt", "pcs", 9, ("Tumble dryers", "Washing machines")),
    ("SEL", "Door seal", "pcs", 14, ("Washing machines", "Dishwashers", "Refrigeration")),
    ("BRD", "Control board", "pcs", 85, tuple(dict.fromkeys(c for c, *_ in CATALOGUE))),
    ("HTR", "Heating element", "pcs", 27, ("Dishwashers", "Washing machines", "Coffee machines")),
    ("VLV", "Inlet valve", "pcs", 16, ("Washing machines", "Dishwashers", "Coffee machines")),
    ("FLT", "Filter cartridge", "pcs", 7, ("Coffee machines", "Air conditioning", "Floor care")),
    ("SNS", "Temperature sensor", "pcs", 11, ("Refrigeration", "Ovens", "Tumble dryers")),
    ("HSE", "Drain hose", "m", 3, ("Washing machines", "Dishwashers")),
    ("CAP", "Run capacitor", "pcs", 6, ("Air conditioning", "Refrigeration", "Compressors")),
    ("BRG", "Drum bearing kit", "pcs", 22, ("Washing machines", "Tumble dryers")),
    ("GSK", "Pump gasket", "pcs", 2, ("Coffee machines",)),
    ("BRS", "Carbon brush pair", "pcs", 8, ("Power tools", "Floor care")),
    ("CMP", "Compressor", "pcs", 210, ("Refrigeration", "Air conditioning", "Heating")),
)
SUPPLIERS = ("Polar Parts Ltd", "Aqua Spares", "Northern Components", "Hearth Genuine Parts")

# (fault as reported, diagnosis, work done) by product category: what technicians see.
FAULTS = {
    "Dishwashers": (
        (
            "Not draining, water left in the bottom",
            "Drain pump impeller blocked by glass",
            "Cleared impeller, cleaned filter, tested 2 cycles",
        ),
        ("Error E24 on display", "Drain hose kinked behind unit", "Re-routed hose, cleared E24"),
        ("Leaking from the door", "Door seal torn at lower corner", "Replaced door seal"),
        ("Dishes not clean, no spray", "Spray arm bearing worn", "Replaced lower spray arm"),
    ),
    "Washing machines": (
        (
            "Drum does not spin, loud grinding noise",
            "Drum bearings worn",
            "Replaced drum bearing kit and seal",
        ),
        ("Does not drain, stops mid-cycle", "Drain pump seized", "Replaced drain pump"),
        ("Door will not unlock", "Door lock actuator failed", "Replaced door lock"),
        ("Leaks water under the machine", "Sump hose split", "Replaced sump hose and clips"),
    ),
    "Coffee machines": (
        ("Coffee comes out cold", "Heating element open circuit", "Replaced heating element"),
        (
            "Grinder makes noise but no coffee",
            "Grinder burrs jammed by stone",
            "Cleaned and replaced burrs",
        ),
        ("Water leaking from the base", "Pump gasket perished", "Replaced pump gasket"),
    ),
    "Refrigeration": (
        ("Not cooling, fridge warm", "Condenser fan motor failed", "Replaced condenser fan motor"),
        ("Ice building up at the back", "Defrost sensor faulty", "Replaced defrost sensor"),
        ("Noisy compressor, clicking", "Run capacitor weak", "Replaced run capacitor"),
    ),
}
GENERIC_FAULTS = (
    ("Does not power on", "Control board power supply failed", "Replaced control board"),
    ("Intermittent error code", "Loose connector on sensor harness", "Re-terminated connector"),
    ("Makes a loud noise when running", "Fan blade catching housing", "Refitted fan, tested"),
    ("Annual service requested", "Routine inspection", "Serviced, cleaned, safety tested"),
)
TECHNICIANS = ("Sam Okafor", "Priya Patel", "Tom Walker", "Mei Chen", "Lukas Nowak")

# What gets planned maintenance, how often, and with which checklist.
PLAN_KINDS = {
    "Heating": (
        "Annual heat pump service",
        "calendar",
        1,
        "years",
        None,
        "Check refrigerant pressures\nClean evaporator\nTest defrost\nCheck controls",
    ),
    "Air conditioning": (
        "Six-monthly AC service",
        "calendar",
        6,
        "months",
        None,
        "Clean filters\nCheck drain line\nMeasure outlet temperature",
    ),
    "Generators": (
        "Service every 250 running hours",
        "either",
        12,
        "months",
        250,
        "Change oil and filter\nCheck coolant\nLoad test 30 minutes",
    ),
    "Compressors": (
        "Service every 500 running hours",
        "meter",
        None,
        "months",
        500,
        "Drain condensate\nReplace intake filter\nCheck safety valve",
    ),
    "Coffee machines": (
        "Quarterly descale and inspection",
        "calendar",
        3,
        "months",
        None,
        "Descale boiler\nReplace group gaskets\nCalibrate grinder",
    ),
    "Refrigeration": (
        "Quarterly condenser clean",
        "calendar",
        3,
        "months",
        None,
        "Clean condenser\nCheck door seals\nLog temperatures",
    ),
}


def phone(rng: random.Random, region: str) -> str:
    example = phonenumbers.example_number_for_type(region, phonenumbers.PhoneNumberType.MOBILE)
    if example is None:  # pragma: no cover - every supported region has an example
        example = phonenumbers.example_number(region)
    assert example is not None
    national = str(example.national_number)
    # Vary the last digits of the region's example mobile number: always a valid number.
    tail = 6 if len(national) > 8 else 3
    while True:
        candidate = national[:-tail] + f"{rng.randrange(10**tail):0{tail}d}"
        number = phonenumbers.parse(candidate, region)
        if phonenumbers.is_valid_number(number):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def customer(rng: random.Random, i: int) -> Person:
    if rng.random() < 0.06:
        name = rng.choice(CHINESE_NAMES)
        email = ""
    else:
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        name = f"{first} {last}"
        email = f"{first}.{last}{i % 97}@example.com".lower().replace("'", "")
    company = ""
    if rng.random() < 0.25:
        company = f"{rng.choice(COMPANY_WORDS)} {rng.choice(COMPANY_KINDS)}"
    town, postcode = rng.choice(TOWNS)
    address = (
        f"{rng.randint(1, 240)} {rng.choice(STREETS)}\n{town} "
        f"{postcode}{rng.randint(1, 28)} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
        f"{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    )
    return name, company, email, address


ENGLISH = Words(
    customer=customer,
    phone=phone,
    area=maintenance._area_of,
    catalogue=tuple(
        (category, brand, brand[:3].upper(), stem, name, prefix, MODEL_SIZES)
        for category, brand, stem, name, prefix in CATALOGUE
    ),
    product_name="{brand} {name} {model}",
    categories={category: category for category, *_ in CATALOGUE},
    terms=TERMS,
    void_conditions=DEFAULT_VOID_CONDITIONS,
    dealers=DEALERS,
    suppliers=SUPPLIERS,
    parts={},
    part_units={},
    locations=(
        ("MAIN", "Main store", "store", ""),
        ("VAN-1", "Van 1 (Sam Okafor)", "van", "Sam Okafor"),
        ("QUAR", "Quarantine (faulty parts)", "quarantine", ""),
    ),
    faults=FAULTS,
    generic_faults=GENERIC_FAULTS,
    technicians=TECHNICIANS,
    accessories=("", "Power cord", "Hose and power cord", "Remote control"),
    conditions=("", "Scratches on top", "Dent on side panel"),
    cancel_reason="Customer withdrew",
    coverage={},
    plans={key: (kind[0], kind[5]) for key, kind in PLAN_KINDS.items()},
    complaints=(
        "Same fault back within weeks of the repair",
        "Repair took far longer than promised",
        "Nobody called back with the quote",
        "Unit returned dirty and with a scratch on the door",
        "Third failure of this machine in a few months: wants a new one",
    ),
    resolutions=(
        "Apologised, repaired again free of charge",
        "Refunded the labour charge as a goodwill gesture",
        "Unit replaced under warranty",
        "Explained the delay (parts on back order), customer satisfied",
    ),
    praise=("Quick and friendly service", "Works like new, thank you", "Kept informed throughout"),
    grumbles=("Took too long", "Had to chase for updates", "Fault came back"),
)
