"""What the demo data says, in one language and country: the shape every word list
fills (:class:`Words`), so the generator picks one by the centre's country and
writes the same rows in every language."""

from __future__ import annotations

import random
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

import phonenumbers

# (name, company, e-mail, address) of a demo customer.
Person = tuple[str, str, str, str]
# (category key, brand, brand code for the SKU, model stem, product name, serial prefix,
# the model sizes of the line)
Line = tuple[str, str, str, str, str, str, tuple[int, ...]]
# (fault as reported, diagnosis, work done)
Fault = tuple[str, str, str]


@dataclass(frozen=True)
class Words:
    """The texts of a demo centre. Categories, part kinds, fault lists and plans are
    keyed by the English category (the key); ``categories`` gives each key the
    name a product of this language is filed under."""

    customer: Callable[[random.Random, int], Person]
    phone: Callable[[random.Random, str], str]
    area: Callable[[str], str]
    catalogue: tuple[Line, ...]
    product_name: str  # format with brand, name and model
    categories: Mapping[str, str]
    terms: str
    void_conditions: tuple[str, ...]
    dealers: tuple[str, ...]
    suppliers: tuple[str, ...]
    parts: Mapping[str, str]  # part number prefix -> name; English names otherwise
    part_units: Mapping[str, str]  # unit of measure ("pcs", "m") -> this language's
    locations: tuple[tuple[str, str, str, str], ...]  # code, name, kind, technician
    faults: Mapping[str, tuple[Fault, ...]]
    generic_faults: tuple[Fault, ...]
    technicians: tuple[str, ...]
    accessories: tuple[str, ...]
    conditions: tuple[str, ...]
    cancel_reason: str
    coverage: Mapping[str, str]  # coverage status -> note; the English label otherwise
    plans: Mapping[str, tuple[str, str]]  # category key -> (plan name, checklist)
    complaints: tuple[str, ...]  # what an unhappy customer complains of
    resolutions: tuple[str, ...]  # how the centre settled a complaint
    praise: tuple[str, ...]  # a happy customer's comment on the follow-up call
    grumbles: tuple[str, ...]  # an unhappy customer's comment on the follow-up call

    def category_key(self, label: str) -> str:
        """The key of a product category as it is filed in this language."""
        for key, name in self.categories.items():
            if name == label:
                return key
        return label


def mobile(rng: random.Random, region: str, prefixes: tuple[str, ...], digits: int) -> str:
    """A valid mobile number of *region* starting with one of *prefixes*, *digits*
    long (national form), as the centre's phone field would show it."""
    while True:
        head = rng.choice(prefixes)
        tail = digits - len(head)
        candidate = head + f"{rng.randrange(10**tail):0{tail}d}"
        number = phonenumbers.parse(candidate, region)
        if phonenumbers.is_valid_number_for_region(number, region):
            return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def area_in(areas: tuple[str, ...], fallback: Callable[[str], str]) -> Callable[[str], str]:
    """The area of an address: the first of *areas* it names, else *fallback*."""
    pattern = re.compile("|".join(re.escape(a) for a in sorted(areas, key=len, reverse=True)))

    def area(address: str) -> str:
        found = pattern.search(address)
        return found.group(0) if found else fallback(address)

    return area
