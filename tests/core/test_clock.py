from fieldservice.clock import HlcTimestamp, HybridLogicalClock


class FakeWall:
    def __init__(self, ms: int) -> None:
        self.ms = ms

    def __call__(self) -> int:
        return self.ms


def test_timestamps_increase_even_when_the_machine_clock_goes_back():
    wall = FakeWall(1_000_000)
    clock = HybridLogicalClock("LD01", wall=wall)
    first = clock.now()
    wall.ms -= 60_000  # someone set the clock back a minute
    second = clock.now()
    third = clock.now()
    assert first < second < third
    assert second.wall_ms == first.wall_ms and second.counter == 1


def test_a_remote_timestamp_from_the_future_moves_the_clock_past_it():
    clock = HybridLogicalClock("LD01", wall=FakeWall(1_000))
    remote = HlcTimestamp(5_000, 7, "SH01")
    after = clock.receive(remote.encode())
    assert after > remote
    assert clock.now() > after


def test_encoded_timestamps_sort_like_the_timestamps():
    stamps = [
        HlcTimestamp(9, 0, "B"),
        HlcTimestamp(10, 0, "A"),
        HlcTimestamp(10, 2, "A"),
        HlcTimestamp(100_000, 0, "A"),
    ]
    assert sorted(s.encode() for s in stamps) == [s.encode() for s in stamps]
    assert all(HlcTimestamp.decode(s.encode()) == s for s in stamps)


def test_the_clock_restarts_from_the_newest_timestamp_it_gave_out():
    wall = FakeWall(2_000)
    before = HybridLogicalClock("LD01", wall=wall).now()
    wall.ms = 1_000  # restarted on a machine whose clock is behind
    restarted = HybridLogicalClock("LD01", last=before.encode(), wall=wall)
    assert restarted.now() > before


def test_counter_overflow_borrows_the_next_millisecond():
    clock = HybridLogicalClock(
        "LD01", last=HlcTimestamp(5, 9999, "LD01").encode(), wall=FakeWall(5)
    )
    assert clock.now() == HlcTimestamp(6, 0, "LD01")


def test_a_stamp_a_year_ahead_does_not_drag_the_clock_with_it():
    clock = HybridLogicalClock("LD01", wall=FakeWall(1_000_000))
    forged = HlcTimestamp(1_000_000 + 365 * 24 * 3600 * 1000, 0, "YK01")
    assert clock.receive(forged) < forged
    assert clock.now().wall_ms == 1_000_000


def test_text_that_is_no_stamp_is_refused():
    import pytest

    other_digits = "\u0663" * 16 + ".0000.LD01"  # Arabic-Indic digits: int() reads them
    for text in (
        "",
        "1.2.LD01",
        "9" * 17 + ".0000.LD01",
        "0000000000000001.0000.ld01",
        other_digits,
    ):
        with pytest.raises(ValueError):
            HlcTimestamp.decode(text)


def test_a_clock_brought_back_stays_past_every_stamp_known_elsewhere():
    wall = FakeWall(10_000_000)
    clock = HybridLogicalClock("LD01", wall=wall)
    clock.receive(HlcTimestamp(10_500_000, 3, "YK01"))  # a centre a little fast
    wall.ms += 5 * 3600 * 1000  # our clock runs five hours fast: stamps far ahead
    clock.now()
    wall.ms -= 5 * 3600 * 1000  # set right
    clock.hold_back(10_000_000)
    again = clock.now()
    assert again > HlcTimestamp(10_500_000, 3, "YK01")
    assert again.wall_ms < 11_000_000


def test_the_clock_and_what_it_knows_survive_a_restart(db):
    from fieldservice.db import Database
    from fieldservice.services import customers

    db.clock.receive(HlcTimestamp(db.clock.wall_ms() + 60_000, 5, "YK01"))
    customers.create_customer(db, customers.CustomerDraft("Ann Lee"))
    last, confirmed = db.clock.last, db.clock.confirmed
    again = Database.open(path=db.path)
    try:
        assert again.clock.last == last
        assert again.clock.confirmed == confirmed
        assert again.clock.now() > last
    finally:
        again.close()
