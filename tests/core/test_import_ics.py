"""Meeting invites become draft activities: time zones, all-day, repeats, duplicates, drafts."""

from __future__ import annotations

from datetime import date

import pytest

from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.records import Organisation
from coprod_desktop.core.io import ics_import as ii
from coprod_desktop.core.io.recurrence import RuleError, expand
from coprod_desktop.core.services import Services
from tests.core.helpers import hourly, member

OUTLOOK_ZONE = """BEGIN:VTIMEZONE
TZID:GMT Standard Time
BEGIN:STANDARD
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0000
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T010000
TZOFFSETFROM:+0000
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
"""


def calendar(*events: str, zone: str = "") -> bytes:
    body = "".join(f"BEGIN:VEVENT\n{e.strip()}\nEND:VEVENT\n" for e in events)
    text = f"BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//test//EN\n{zone}{body}END:VCALENDAR\n"
    return text.replace("\n", "\r\n").encode()


def _setup(sv: Services) -> Organisation:
    member(sv)
    org = sv.organisations.create(
        Organisation(name="Nottingham University Hospitals", code="NUH", email="ppi@nuh.nhs.uk")
    )
    hourly(sv, org.id, "25.00", start=date(2024, 1, 1))  # type: ignore[arg-type]
    return org


def test_time_zones_all_day_and_length(services: Services) -> None:
    org = _setup(services)
    data = calendar(
        # 23:30 UTC on 30 June is 00:30 on 1 July in London (summer time)
        "UID:utc@x\nSUMMARY:Late call\nDTSTART:20260630T233000Z\nDTEND:20260701T003000Z\n"
        "ORGANIZER;CN=Jo:mailto:jo@nuh.nhs.uk",
        # Outlook's Windows zone name, in winter
        "UID:tz@x\nSUMMARY:Advisory group\nDTSTART;TZID=GMT Standard Time:20260112T140000\n"
        "DTEND;TZID=GMT Standard Time:20260112T161500\nORGANIZER:mailto:a@nuh.nhs.uk\n"
        "LOCATION:Microsoft Teams Meeting",
        # floating time: the member's own local day
        "UID:float@x\nSUMMARY:Floating\nDTSTART:20260301T233000\nDURATION:PT45M\n"
        "ORGANIZER:mailto:a@nuh.nhs.uk",
        "UID:day@x\nSUMMARY:Conference\nDTSTART;VALUE=DATE:20260910\n"
        "DTEND;VALUE=DATE:20260912\nORGANIZER:mailto:a@nuh.nhs.uk",
        zone=OUTLOOK_ZONE,
    )
    pv = ii.preview(services, data)
    assert pv.refused == ()
    got = {p.record.title: p for p in pv.planned}  # type: ignore[attr-defined]
    late = got["Late call"].record
    assert (late.date, late.contact_minutes, late.draft) == (date(2026, 7, 1), 60, True)  # type: ignore[attr-defined]
    group = got["Advisory group"].record
    assert (group.date, group.contact_minutes, group.remote) == (date(2026, 1, 12), 135, True)  # type: ignore[attr-defined]
    assert group.organisation_id == org.id and group.agreement_id is not None  # type: ignore[attr-defined]
    assert "Calendar UID: tz@x" in group.private_notes  # type: ignore[attr-defined]
    assert got["Floating"].record.date == date(2026, 3, 1)  # type: ignore[attr-defined]
    assert got["Floating"].record.contact_minutes == 45  # type: ignore[attr-defined]
    conference = got["Conference"]
    assert conference.record.contact_minutes == 0 and conference.note == "all day"  # type: ignore[attr-defined]


def test_repeats_exdate_and_moved_occurrence(services: Services) -> None:
    _setup(services)
    data = calendar(
        "UID:rep@x\nSUMMARY:PPI group\nDTSTART;TZID=GMT Standard Time:20260105T140000\n"
        "DTEND;TZID=GMT Standard Time:20260105T160000\nRRULE:FREQ=MONTHLY;BYDAY=1MO;COUNT=6\n"
        "EXDATE;TZID=GMT Standard Time:20260302T140000\nORGANIZER:mailto:a@nuh.nhs.uk",
        # the April meeting moved to the Tuesday
        "UID:rep@x\nRECURRENCE-ID;TZID=GMT Standard Time:20260406T140000\nSUMMARY:PPI group\n"
        "DTSTART;TZID=GMT Standard Time:20260407T100000\n"
        "DTEND;TZID=GMT Standard Time:20260407T110000\nORGANIZER:mailto:a@nuh.nhs.uk",
        zone=OUTLOOK_ZONE,
    )
    pv = ii.preview(services, data)
    days = sorted(p.record.date for p in pv.planned)  # type: ignore[attr-defined]
    assert days == [
        date(2026, 1, 5),
        date(2026, 2, 2),
        date(2026, 4, 7),  # moved
        date(2026, 5, 4),
        date(2026, 6, 1),
    ]


def test_duplicates_by_uid_and_date_are_not_imported_twice(services: Services) -> None:
    _setup(services)
    data = calendar(
        "UID:w@x\nSUMMARY:Weekly\nDTSTART:20261102T100000Z\nDTEND:20261102T110000Z\n"
        "RRULE:FREQ=WEEKLY;COUNT=3\nORGANIZER:mailto:a@nuh.nhs.uk"
    )
    first = ii.commit(services, data)
    assert len(first.created_ids) == 3
    with pytest.raises(UserError, match="Nothing to import: every event is already on record"):
        ii.commit(services, data)
    pv = ii.preview(services, data)
    assert pv.planned == () and len(pv.left_out) == 3
    assert len(services.activities.list()) == 3


def test_drafts_are_left_out_of_claims_and_figures_until_confirmed(services: Services) -> None:
    org = _setup(services)
    data = calendar(
        "UID:a@x\nSUMMARY:Panel\nDTSTART:20260601T100000Z\nDTEND:20260601T120000Z\n"
        "ORGANIZER:mailto:a@nuh.nhs.uk"
    )
    (ident,) = ii.commit(services, data).created_ids
    assert services.activities.get(ident).draft
    assert services.summaries.tax_year(2026).fee_income.pence == 0
    with pytest.raises(UserError):
        services.claims.create(org.id)  # type: ignore[arg-type]  # nothing to claim yet
    services.activities.confirm(ident)
    assert not services.activities.get(ident).draft
    assert services.summaries.tax_year(2026).fee_income.pence == 5000  # 2h x £25
    claim = services.claims.create(org.id)  # type: ignore[arg-type]
    assert claim.fee_total.pence == 5000


def test_organisation_is_chosen_or_guessed(services: Services) -> None:
    org = _setup(services)
    data = calendar(
        "UID:o@x\nSUMMARY:Elsewhere\nDTSTART:20260601T100000Z\nORGANIZER:mailto:z@other.org"
    )
    pv = ii.preview(services, data)
    assert [r.message for r in pv.refused] == [
        "Event 1 ('Elsewhere'): the organiser's address (other.org) matches none of your "
        "organisations' emails; choose the organisation for these invites."
    ]
    with pytest.raises(UserError, match=r"^1 event was refused; nothing was imported"):
        ii.commit(services, data)
    pv = ii.preview(services, data, organisation_id=org.id)
    assert len(pv.planned) == 1 and pv.refused == ()


def test_cancelled_and_not_a_calendar(services: Services) -> None:
    _setup(services)
    data = calendar(
        "UID:c@x\nSUMMARY:Off\nSTATUS:CANCELLED\nDTSTART:20260601T100000Z\n"
        "ORGANIZER:mailto:a@nuh.nhs.uk"
    )
    assert ii.preview(services, data).left_out == ("Event 1 ('Off') is cancelled.",)
    with pytest.raises(UserError, match="not a calendar"):
        ii.preview(services, b"%PDF-1.4 not a calendar")


def test_expand_rules() -> None:
    horizon = date(2030, 1, 1)
    monthly = {"FREQ": ["MONTHLY"], "BYDAY": ["-1FR"], "COUNT": [3]}
    assert list(expand(monthly, date(2026, 1, 30), horizon)) == [
        date(2026, 1, 30),
        date(2026, 2, 27),
        date(2026, 3, 27),
    ]
    fortnightly = {"FREQ": ["WEEKLY"], "INTERVAL": [2], "BYDAY": ["TU", "TH"]}
    assert list(expand(fortnightly, date(2026, 1, 6), date(2026, 1, 22))) == [
        date(2026, 1, 6),
        date(2026, 1, 8),
        date(2026, 1, 20),
        date(2026, 1, 22),
    ]
    weekdays = ["MO", "TU", "WE", "TH", "FR"]
    second_last_weekday = {"FREQ": ["MONTHLY"], "BYDAY": weekdays, "BYSETPOS": [-2], "COUNT": [2]}
    assert list(expand(second_last_weekday, date(2026, 1, 1), horizon)) == [
        date(2026, 1, 29),
        date(2026, 2, 26),
    ]
    yearly = {"FREQ": ["YEARLY"]}
    assert list(expand(yearly, date(2024, 2, 29), horizon)) == [
        date(2024, 2, 29),
        date(2028, 2, 29),
    ]
    impossible = {"FREQ": ["DAILY"], "BYMONTH": [2], "BYMONTHDAY": [30]}
    assert list(expand(impossible, date(2026, 1, 1), horizon)) == []
    with pytest.raises(RuleError, match="more often than once a day"):
        list(expand({"FREQ": ["SECONDLY"]}, date(2026, 1, 1), horizon))
    with pytest.raises(RuleError, match="BYWEEKNO"):
        list(expand({"FREQ": ["YEARLY"], "BYWEEKNO": [20]}, date(2026, 1, 1), horizon))
