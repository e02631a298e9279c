"""Randomised work at three centres under every kind of fault (see chaos.py): at
quiescence every centre has what the head office has, no edit is lost, and every
refused change is listed at the centre that made it. The long version is
bench/soak.py."""

from __future__ import annotations

import random

from fieldservice.db import Database
from tests.headoffice.chaos import Network


def test_three_centres_under_faults_end_identical_and_lose_no_edit(head_office, tmp_path):
    def restart() -> None:
        head_office.stop()
        head_office.start()

    network = Network(
        head_office.store,
        head_office.url,
        restart,
        lambda code: Database.open(path=tmp_path / code / "fieldservice.sqlite3"),
        random.Random(20261207),
    )
    try:
        for _ in range(150):
            network.step()
        network.quiesce()
        outcome = network.outcome()
    finally:
        for centre in network.centres:
            centre.db.close()
    print(outcome)
    assert sum(outcome.faults.values()) >= 10, outcome.faults  # the faults did happen
    assert outcome.edits >= 30
    assert outcome.lost_edits == []
    assert outcome.missing_rows == []
    assert outcome.differences == []
    assert outcome.unlisted_refusals == []
    assert outcome.pending == 0 and outcome.parked == 0
