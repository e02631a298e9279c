"""The Sync area: this centre's exchange with its head office.

The work is done in :mod:`fieldservice.sync.client` (enrolment, a round of
push then pull, problems kept for a person); this module is the front door the
desktop uses, like every other area's service module. See the client's
docstrings for the rules: a round never loses a local write, a head office
that cannot be reached raises :class:`SyncUnavailable` with nothing lost.
"""

from __future__ import annotations

from fieldservice.sync.client import (
    RECEIVING,
    SENDING,
    LastRound,
    NotEnrolled,
    ProblemRecord,
    RemoteUnit,
    SyncReport,
    SyncState,
    SyncUnavailable,
    count_problems,
    dismiss_problem,
    enroll,
    head_office_url,
    last_round,
    list_problems,
    look_up_serial,
    pending_by_entity,
    problems,
    state,
    sync_round,
    sync_steps,
)
from fieldservice.sync.rows import HEAD_OFFICE_DATA

__all__ = [
    "HEAD_OFFICE_DATA",
    "RECEIVING",
    "SENDING",
    "LastRound",
    "NotEnrolled",
    "ProblemRecord",
    "RemoteUnit",
    "SyncReport",
    "SyncState",
    "SyncUnavailable",
    "count_problems",
    "dismiss_problem",
    "enroll",
    "head_office_url",
    "last_round",
    "list_problems",
    "look_up_serial",
    "pending_by_entity",
    "problems",
    "state",
    "sync_round",
    "sync_steps",
]
