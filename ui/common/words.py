"""What the codes of orders and coverage say in words: statuses, priorities,
service types, channels, coverage, and the buttons that move an order.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldservice.services import warranty
from fieldservice.services.coverage import CoverageStatus
from ui.common.pagedmodel import display

# Words said outside any class (statuses, durations, the order clock): Qt Linguist
# files them under the empty context, where ``tr("…")`` and
# ``QT_TRANSLATE_NOOP("", "…")`` both find them.
CONTEXT = ""


def tr(text: object) -> str:
    """*text* in the user's language."""
    return QCoreApplication.translate(CONTEXT, str(text))


# -- words ---------------------------------------------------------------------------------

STATUS_WORDS = {
    "received": QT_TRANSLATE_NOOP("", "Received"),
    "diagnosing": QT_TRANSLATE_NOOP("", "Diagnosing"),
    "waiting_parts": QT_TRANSLATE_NOOP("", "Waiting for parts"),
    "waiting_approval": QT_TRANSLATE_NOOP("", "Waiting for approval"),
    "in_repair": QT_TRANSLATE_NOOP("", "In repair"),
    "quality_check": QT_TRANSLATE_NOOP("", "Quality check"),
    "ready": QT_TRANSLATE_NOOP("", "Ready for pickup"),
    "delivered": QT_TRANSLATE_NOOP("", "Delivered"),
    "cancelled": QT_TRANSLATE_NOOP("", "Cancelled"),
}
PRIORITY_WORDS = {
    "urgent": QT_TRANSLATE_NOOP("", "Urgent"),
    "high": QT_TRANSLATE_NOOP("", "High"),
    "normal": QT_TRANSLATE_NOOP("", "Normal"),
    "low": QT_TRANSLATE_NOOP("", "Low"),
}
SERVICE_TYPE_WORDS = {
    "installation": QT_TRANSLATE_NOOP("", "Installation"),
    "commissioning": QT_TRANSLATE_NOOP("", "Commissioning"),
    "training": QT_TRANSLATE_NOOP("", "Training"),
    "preventive_maintenance": QT_TRANSLATE_NOOP("", "Preventive maintenance"),
    "fault_repair": QT_TRANSLATE_NOOP("", "Fault repair"),
    "replacement": QT_TRANSLATE_NOOP("", "Replacement"),
    "return_refund": QT_TRANSLATE_NOOP("", "Return / refund"),
}
CHANNEL_WORDS = {
    "walk_in": QT_TRANSLATE_NOOP("", "Walk-in"),
    "phone": QT_TRANSLATE_NOOP("", "Phone"),
    "online": QT_TRANSLATE_NOOP("", "Online"),
    "on_site": QT_TRANSLATE_NOOP("", "On-site visit"),
}
COVERAGE_WORDS = {
    "in_warranty": QT_TRANSLATE_NOOP("", "In warranty"),
    "service_period": QT_TRANSLATE_NOOP("", "Service period"),
    "expired": QT_TRANSLATE_NOOP("", "Warranty expired"),
    "void": QT_TRANSLATE_NOOP("", "Warranty void"),
    "not_registered": QT_TRANSLATE_NOOP("", "Not registered"),
}

# What the button moving an order to a status says, by (from, to) or by the target.
MOVE_WORDS = {
    "diagnosing": QT_TRANSLATE_NOOP("", "Start diagnosis"),
    "waiting_parts": QT_TRANSLATE_NOOP("", "Wait for parts"),
    "waiting_approval": QT_TRANSLATE_NOOP("", "Ask the customer to approve"),
    "in_repair": QT_TRANSLATE_NOOP("", "Start repair"),
    "quality_check": QT_TRANSLATE_NOOP("", "Repair done: quality check"),
    "ready": QT_TRANSLATE_NOOP("", "Ready for pickup"),
    "delivered": QT_TRANSLATE_NOOP("", "Hand back to the customer"),
    "cancelled": QT_TRANSLATE_NOOP("", "Cancel order…"),
    ("waiting_parts", "diagnosing"): QT_TRANSLATE_NOOP("", "Back to diagnosis"),
    ("waiting_parts", "in_repair"): QT_TRANSLATE_NOOP("", "Parts here: repair"),
    ("waiting_approval", "in_repair"): QT_TRANSLATE_NOOP("", "Approved: repair"),
    ("waiting_approval", "ready"): QT_TRANSLATE_NOOP("", "Declined: return unrepaired…"),
    ("quality_check", "in_repair"): QT_TRANSLATE_NOOP("", "Failed: back to repair"),
    ("quality_check", "ready"): QT_TRANSLATE_NOOP("", "Passed: ready for pickup"),
}


def status_words(code: str) -> str:
    return tr(STATUS_WORDS[code]) if code in STATUS_WORDS else code


def priority_words(code: str, fallback: str = "") -> str:
    return tr(PRIORITY_WORDS[code]) if code in PRIORITY_WORDS else (fallback or code)


def service_type_words(code: str) -> str:
    return tr(SERVICE_TYPE_WORDS[code]) if code in SERVICE_TYPE_WORDS else code


def channel_words(code: str) -> str:
    return tr(CHANNEL_WORDS[code]) if code in CHANNEL_WORDS else code


def coverage_words(code: str) -> str:
    return tr(COVERAGE_WORDS[code]) if code in COVERAGE_WORDS else code


def move_words(from_status: str, to_status: str) -> str:
    text = MOVE_WORDS.get((from_status, to_status)) or MOVE_WORDS.get(to_status) or to_status
    return tr(text)


def needs_reason(from_status: str, to_status: str) -> bool:
    """Moves the lifecycle records only with a reason (see ``repairs.move``)."""
    return to_status == "cancelled" or (from_status, to_status) == ("waiting_approval", "ready")


def coverage_summary(coverage: warranty.Coverage) -> str:
    """The coverage in one sentence, as the desk says it to the customer."""
    status = coverage.status
    if status is CoverageStatus.NOT_REGISTERED:
        return tr("Serial %s has no warranty registration: repairs are chargeable.") % (
            coverage.serial
        )
    if status is CoverageStatus.VOID:
        return tr("Warranty void: %s. Repairs are chargeable.") % (coverage.void_reason or "")
    if status is CoverageStatus.IN_WARRANTY:
        left = (coverage.warranty_end - coverage.on).days if coverage.warranty_end else 0
        return tr("In warranty until %s (%s days left).") % (
            display(coverage.warranty_end),
            display(left),
        )
    if status is CoverageStatus.SERVICE_PERIOD:
        return tr("Warranty ended %s; service period (chargeable) until %s.") % (
            display(coverage.warranty_end),
            display(coverage.service_end),
        )
    return tr("Warranty and service period ended %s.") % display(coverage.service_end)
