"""A process that writes records until it is killed, for the crash and backup tests.

Run as `python writer.py DATA_DIR`: it imports everything once, then for each line "go SEED"
on stdin forks a child that opens the records and writes activities (and every third one a
claim made from them), printing `A <id>` or `C <number> <lines>` on stdout only after the
save has returned: those are the acknowledged records. The test kills the child with SIGKILL
at a random moment; the fork server then prints `R <status>` and waits for the next line.
"`go SEED N`" makes the child stop by itself after N activities (the backup test).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from datetime import date, timedelta

from coprod_desktop.core.domain.kinds import Basis
from coprod_desktop.core.domain.money import Money
from coprod_desktop.core.domain.records import Activity, Agreement, Organisation, Terms
from coprod_desktop.core.services import open_services
from coprod_desktop.core.services.clock import FixedClock


def say(text: str) -> None:
    os.write(1, f"{text}\n".encode())  # one small write to a pipe: never half a line


def write_records(
    data_dir: str, seed: int, limit: int | None, say: Callable[[str], None] = say
) -> None:
    clock = FixedClock(date(2026, 11, 22))
    sv = open_services(data_dir, clock)
    say(f"P {os.getpid()}")
    orgs = sv.organisations.list()
    if orgs:
        org = orgs[0]
        agreement_id = sv.agreements.list()[0].id
    else:
        org = sv.organisations.create(Organisation(name="Riverside Trust", code="RIV"))
        start = date(2020, 1, 1)
        agreement_id = sv.agreements.create(
            Agreement(
                organisation_id=org.id,  # type: ignore[arg-type]
                role_title="Panel",
                start=start,
                terms=(Terms(effective_from=start, basis=Basis.HOURLY, hourly_rate=Money(2000)),),
            )
        ).id
    i = 0
    while limit is None or i < limit:
        i += 1
        activity = sv.activities.create(
            Activity(
                organisation_id=org.id,  # type: ignore[arg-type]
                agreement_id=agreement_id,
                date=date(2021, 1, 1) + timedelta(days=(seed * 37 + i) % 1800),
                title=f"seed {seed} activity {i}",
                contact_minutes=60 + i % 90,
                private_notes="x" * (i % 7 * 300),
            )
        )
        say(f"A {activity.id}")
        if i % 3 == 0:
            claim = sv.claims.create(org.id)  # type: ignore[arg-type]
            say(f"C {claim.number} {len(claim.lines)}")
    sv.close()


def warm_up() -> None:
    """Do one round on a scratch folder first, so every child starts with the lazy imports and
    the ORM set up, and spends its short life writing."""
    import tempfile

    with tempfile.TemporaryDirectory() as scratch:
        write_records(scratch, 0, 3, lambda _text: None)


def main() -> None:
    data_dir = sys.argv[1]
    warm_up()
    for line in sys.stdin:
        parts = line.split()
        if not parts or parts[0] != "go":
            continue
        seed = int(parts[1])
        limit = int(parts[2]) if len(parts) > 2 else None
        pid = os.fork()
        if pid == 0:
            code = 0
            try:
                write_records(data_dir, seed, limit)
            except BaseException as exc:  # shown to the test, which fails on it
                say(f"E {type(exc).__name__}: {exc}")
                code = 1
            os._exit(code)
        _pid, status = os.waitpid(pid, 0)
        say(f"R {status}")


if __name__ == "__main__":
    main()
