"""SQLAlchemy models. Import from here so that every table is registered."""

from fieldservice.models.base import (
    SYNC_COLUMNS,
    Base,
    Money,
    Quantity,
    ScaledDecimal,
    SyncMixin,
    UTCDateTime,
    utcnow,
)
from fieldservice.models.customer import Customer
from fieldservice.models.maintenance import (
    Complaint,
    FollowUp,
    MaintenanceJob,
    MaintenancePlan,
    MeterReading,
)
from fieldservice.models.product import Product
from fieldservice.models.repairs import LabourLine, PriorityTarget, RepairOrder, RepairOrderEvent
from fieldservice.models.site import LocalSetting, NumberSequence, Site
from fieldservice.models.stock import (
    Part,
    PartCompatibility,
    PartCost,
    PartRequest,
    PartSubstitute,
    ReorderRule,
    StockBalance,
    StockCount,
    StockCountLine,
    StockLocation,
    StockMovement,
    SupplierOrder,
)
from fieldservice.models.sync import SyncOutbox, SyncParked, SyncProblem
from fieldservice.models.unit import Unit
from fieldservice.models.warranty import (
    WarrantyEvent,
    WarrantyExtension,
    WarrantyPolicy,
    WarrantyRegistration,
)

__all__ = [
    "SYNC_COLUMNS",
    "Base",
    "Complaint",
    "Customer",
    "FollowUp",
    "LabourLine",
    "LocalSetting",
    "MaintenanceJob",
    "MaintenancePlan",
    "MeterReading",
    "Money",
    "NumberSequence",
    "Part",
    "PartCompatibility",
    "PartCost",
    "PartRequest",
    "PartSubstitute",
    "PriorityTarget",
    "Product",
    "Quantity",
    "ReorderRule",
    "RepairOrder",
    "RepairOrderEvent",
    "ScaledDecimal",
    "Site",
    "StockBalance",
    "StockCount",
    "StockCountLine",
    "StockLocation",
    "StockMovement",
    "SupplierOrder",
    "SyncMixin",
    "SyncOutbox",
    "SyncParked",
    "SyncProblem",
    "UTCDateTime",
    "Unit",
    "WarrantyEvent",
    "WarrantyExtension",
    "WarrantyPolicy",
    "WarrantyRegistration",
    "utcnow",
]


def synced_models() -> list[type[SyncMixin]]:
    """Every model whose table is synced with the head office."""
    return [
        mapper.class_ for mapper in Base.registry.mappers if issubclass(mapper.class_, SyncMixin)
    ]
