"""Meeting invites (.ics) become DRAFT activities the member confirms later.

A calendar knows the date, the title and the meeting time, but not the preparation, travel or
follow-up, nor which role agreement applies: so every event becomes an activity with
`draft=True`. Drafts show in lists marked as drafts and are left out of claims and figures until
the member confirms them (`sv.activities.confirm(id)`), which needs no schema change: the
activities table has carried a `draft` flag since the first schema.

What is read, and how:

* the date is the meeting's date in Europe/London: a time with a TZID (Outlook's Windows zone
  names included) or in UTC is converted; a "floating" time (no zone) is taken as local; an
  all-day event (a DATE value) keeps its date and gets no contact minutes;
* the contact minutes are the meeting's length (DTEND or DURATION minus DTSTART);
* the title is SUMMARY; the organisation is the one the member chose, else the one whose email
  has the ORGANIZER's domain;
* repeating events are expanded by `recurrence.expand` (bounded work, refuses what it cannot
  read) to at most 500 occurrences, only up to two years after today, keeping the latest;
  EXDATEs are left out, RDATEs added, a moved or cancelled occurrence (RECURRENCE-ID) replaces
  the one it moves;
* the event's UID is kept in the draft's private notes ("Calendar UID: ..."), so importing the
  same invite again leaves out every UID + date already on record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from coprod_desktop.core.db import models as m
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import ActivityKind
from coprod_desktop.core.domain.progress import Progress, no_progress
from coprod_desktop.core.domain.records import Activity
from coprod_desktop.core.io.import_common import (
    Organisations,
    Outcome,
    Planned,
    Refused,
    agreement_picker,
    insert_rows,
    refusal_summary,
    run_preview,
    sentence_after,
)
from coprod_desktop.core.io.recurrence import RuleError, expand
from coprod_desktop.core.services import convert
from coprod_desktop.core.services.activities import ActivityService
from coprod_desktop.core.services.validate import EARLIEST

if TYPE_CHECKING:
    from coprod_desktop.core.services import Services

LONDON = ZoneInfo("Europe/London")
MAX_BYTES = 20 * 1024 * 1024
MAX_EVENTS = 5_000  # VEVENTs in one file
MAX_OCCURRENCES = 500  # of one repeating event
MAX_DRAFTS = 5_000  # drafts from one file
HORIZON_DAYS = 731  # two years after today
UID_LINE = "Calendar UID: "
_UID_RE = re.compile(r"^Calendar UID: (.+)$", re.MULTILINE)
_ONLINE = re.compile(r"\bteams\b|zoom|meet\.google|meet\.google|webex|online|virtual", re.I)


@dataclass(frozen=True, slots=True)
class IcsPreview:
    planned: tuple[Planned, ...]
    refused: tuple[Refused, ...]
    left_out: tuple[str, ...] = ()  # duplicates and cancelled events, one sentence each
    events_read: int = 0

    @property
    def can_import(self) -> bool:
        return bool(self.planned)

    def summary(self) -> str:
        n = len(self.planned)
        text = f"{n} draft activit{'y' if n == 1 else 'ies'} to import"
        if self.refused:
            k = len(self.refused)
            text += f", {k} event{'' if k == 1 else 's'} refused"
        if self.left_out:
            text += f", {len(self.left_out)} left out"
        return text + "."


@dataclass
class _Result:
    planned: list[Planned] = field(default_factory=list)
    refused: list[Refused] = field(default_factory=list)
    left_out: list[str] = field(default_factory=list)
    events: int = 0


@dataclass(frozen=True, slots=True)
class _Occurrence:
    uid: str
    day: date  # Europe/London date
    title: str
    minutes: int
    organiser: str
    location: str
    all_day: bool
    note: str = ""


# -- reading the calendar ---------------------------------------------------------------------


def _parse_calendar(data: bytes) -> Any:
    if len(data) > MAX_BYTES:
        raise UserError(
            f"The calendar file is {len(data) / 1024 / 1024:.0f} MB, over the 20 MB an import "
            "takes: export a shorter date range from your calendar.",
            "file",
        )
    head = data.lstrip(b"\xef\xbb\xbf \r\n\t")[:15].upper()
    if not head.startswith(b"BEGIN:VCALENDAR"):
        raise UserError(
            "The file is not a calendar (.ics) file: save the invite or export the calendar as "
            ".ics and choose that file.",
            "file",
        )
    # Counted on the raw text (folded lines joined first) before any parsing: a file of
    # 100,000 events took 12 s and 409 MB to refuse once parsed (issue 17).
    unfolded = re.sub(rb"\r?\n[ \t]", b"", data)
    events = len(re.findall(rb"(?im)^BEGIN:VEVENT\s*$", unfolded))
    if events > MAX_EVENTS:
        raise UserError(
            f"The calendar file has {events:,} events, more than the {MAX_EVENTS:,} one "
            "import takes: export a shorter date range from your calendar.",
            "file",
        )
    import icalendar

    try:
        return icalendar.Calendar.from_ical(data)
    except Exception as exc:  # icalendar raises ValueError and others on damaged files
        raise UserError(
            f"The calendar file is damaged and cannot be read ({str(exc)[:80]}): export it "
            "again from your calendar.",
            "file",
        ) from None


def _to_london(value: date | datetime) -> tuple[date, bool]:
    """(the Europe/London date, whether it is an all-day DATE)."""
    if isinstance(value, datetime):
        if value.tzinfo is None:  # floating: the member's own local time
            return value.date(), False
        return value.astimezone(LONDON).date(), False
    return value, True


def _text(component: Any, name: str) -> str:
    value = component.get(name)
    return "" if value is None else str(value)


def _organiser_domain(component: Any) -> str:
    who = _text(component, "ORGANIZER").strip()
    email = who.split(":", 1)[1] if who.lower().startswith("mailto:") else who
    return email.rsplit("@", 1)[1].strip().casefold() if "@" in email else ""


def _length_minutes(event: Any, start: date | datetime) -> int:
    if not isinstance(start, datetime):
        return 0
    end_prop = event.get("DTEND")
    if end_prop is not None:
        end = end_prop.dt
        if isinstance(end, datetime) and (end.tzinfo is None) == (start.tzinfo is None):
            return max(0, int((end - start).total_seconds() // 60))
        return 0
    duration = event.get("DURATION")
    if duration is not None and isinstance(duration.dt, timedelta):
        return max(0, int(duration.dt.total_seconds() // 60))
    return 0


def _key_of(value: date | datetime) -> tuple[str, str]:
    """A comparable identity for an occurrence's original start (RECURRENCE-ID, EXDATE)."""
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            return ("utc", value.astimezone(UTC).strftime("%Y%m%dT%H%M%S"))
        return ("float", value.strftime("%Y%m%dT%H%M%S"))
    return ("date", value.isoformat())


def _dates_of(prop: Any) -> list[date | datetime]:
    """Every date in an EXDATE/RDATE property (one or many lines, periods left out)."""
    if prop is None:
        return []
    items = prop if isinstance(prop, list) else [prop]
    out: list[date | datetime] = []
    for item in items:
        for one in getattr(item, "dts", []):
            value = one.dt
            if isinstance(value, (date, datetime)):
                out.append(value)
    return out


def _occurrences(
    event: Any,
    horizon: date,
    moved: dict[str, set[tuple[str, str]]],
) -> tuple[list[_Occurrence], str]:
    """The occurrences of one event (its repeats expanded), and a note when some were cut."""
    uid = _text(event, "UID").strip()[:300]
    start_prop = event.get("DTSTART")
    if start_prop is None:
        raise _Refuse("it has no start date (DTSTART)")
    start = start_prop.dt
    if not isinstance(start, (date, datetime)):
        raise _Refuse("its start (DTSTART) is not a date")
    title = " ".join(_text(event, "SUMMARY").split())[:500] or "Calendar event"
    minutes = _length_minutes(event, start)
    organiser = _organiser_domain(event)
    location = " ".join(_text(event, "LOCATION").split())[:300]
    base = _Occurrence(uid, _to_london(start)[0], title, minutes, organiser, location, False)
    rule_prop = event.get("RRULE")
    if rule_prop is None:
        day, all_day = _to_london(start)
        return [_replace(base, day=day, all_day=all_day)], ""
    local_start = start.date() if isinstance(start, datetime) else start
    if local_start < EARLIEST:
        raise _Refuse(f"it starts in {local_start.year}, before 1950")
    rule = {str(k).upper(): list(v) for k, v in dict(rule_prop).items()}
    until_values = rule.pop("UNTIL", None)
    until: date | None = None
    if until_values:
        until_raw = until_values[0]
        if isinstance(until_raw, datetime):
            if until_raw.tzinfo is not None and isinstance(start, datetime) and start.tzinfo:
                until_raw = until_raw.astimezone(start.tzinfo)
            until = until_raw.date()
        elif isinstance(until_raw, date):
            until = until_raw
    try:
        days = list(expand(rule, local_start, horizon, until))
    except RuleError as bad:
        raise _Refuse(str(bad)) from None
    excluded = {_key_of(v) for v in _dates_of(event.get("EXDATE"))} | moved.get(uid, set())
    starts: list[date | datetime] = []
    for day in days:
        if isinstance(start, datetime):
            starts.append(datetime.combine(day, start.timetz()).replace(tzinfo=start.tzinfo))
        else:
            starts.append(day)
    starts.extend(_dates_of(event.get("RDATE")))
    seen: set[tuple[str, str]] = set()
    kept: list[date | datetime] = []
    for value in starts:
        key = _key_of(value)
        if key in excluded or key in seen:
            continue
        seen.add(key)
        kept.append(value)
    note = ""
    if len(kept) > MAX_OCCURRENCES:
        note = (
            f"it repeats {len(kept)} times up to {horizon:%d %b %Y}; only the latest "
            f"{MAX_OCCURRENCES} are kept"
        )
        kept = kept[-MAX_OCCURRENCES:]
    out = []
    for value in kept:
        day, all_day = _to_london(value)
        if day > horizon:
            continue
        out.append(_replace(base, day=day, all_day=all_day, note=note))
    return out, note


def _replace(occ: _Occurrence, **changes: Any) -> _Occurrence:
    from dataclasses import replace

    return replace(occ, **changes)


class _Refuse(Exception):
    """An event that cannot become a draft; the message reads on from "Event 'X': "."""


def _cancelled(component: Any) -> bool:
    return _text(component, "STATUS").strip().upper() == "CANCELLED"


# -- preview and commit -----------------------------------------------------------------------


def _existing_keys(s: Session) -> set[tuple[str, date]]:
    keys: set[tuple[str, date]] = set()
    rows = s.execute(
        select(m.ActivityRow.date, m.ActivityRow.private_notes).where(
            m.ActivityRow.private_notes.contains(UID_LINE)
        )
    )
    for day, notes in rows:
        for uid in _UID_RE.findall(notes or ""):
            keys.add((uid.strip(), day))
    return keys


def _plan(
    s: Session,
    services: Services,
    data: bytes,
    organisation_id: int | None,
    progress: Progress,
) -> _Result:
    calendar = _parse_calendar(data)
    events = list(calendar.walk("VEVENT"))
    if not events:
        raise UserError("The calendar file has no events in it: choose another file.", "file")
    if len(events) > MAX_EVENTS:
        raise UserError(
            f"The calendar file has {len(events):,} events, more than the {MAX_EVENTS:,} one "
            "import takes: export a shorter date range from your calendar.",
            "file",
        )
    orgs = Organisations(s, services.ctx, create_missing=False)
    if organisation_id is not None and organisation_id not in orgs.by_id:
        raise UserError("The organisation chosen for the invites no longer exists.", "org")
    by_domain: dict[str, int] = {}
    for org in orgs.by_id.values():
        if "@" in org.email:
            by_domain.setdefault(org.email.rsplit("@", 1)[1].strip().casefold(), org.id)  # type: ignore[arg-type]
    pick = agreement_picker(s)
    check = ActivityService(services.ctx).validate
    horizon = services.ctx.clock.today() + timedelta(days=HORIZON_DAYS)
    existing = _existing_keys(s)
    result = _Result(events=len(events))

    moved: dict[str, set[tuple[str, str]]] = {}
    for event in events:
        rid = event.get("RECURRENCE-ID")
        if rid is not None and isinstance(rid.dt, (date, datetime)):
            moved.setdefault(_text(event, "UID").strip()[:300], set()).add(_key_of(rid.dt))

    seen: set[tuple[str, date]] = set()
    for number, event in enumerate(events, start=1):
        progress(number - 1, len(events))
        title = " ".join(_text(event, "SUMMARY").split())[:60] or "Calendar event"
        who = f"Event {number} ('{title}')"
        if _cancelled(event):
            result.left_out.append(f"{who} is cancelled.")
            continue
        try:
            occurrences, _note = _occurrences(event, horizon, moved)
        except _Refuse as bad:
            result.refused.append(Refused(number, "RRULE", f"{who}: {bad}; add it by hand."))
            continue
        except Exception as exc:  # a property icalendar could not decode
            result.refused.append(
                Refused(number, "VEVENT", f"{who} cannot be read ({str(exc)[:60]}).")
            )
            continue
        if not occurrences:
            result.left_out.append(f"{who} has no dates up to {horizon:%d %b %Y}.")
            continue
        if organisation_id is not None:
            org_id = organisation_id
        else:
            domain = _organiser_domain(event)
            found = by_domain.get(domain) if domain else None
            if found is None:
                shown = (
                    f"the organiser's address ({domain}) matches none of your organisations' emails"
                    if domain
                    else "it names no organiser"
                )
                result.refused.append(
                    Refused(
                        number,
                        "ORGANIZER",
                        f"{who}: {shown}; choose the organisation for these invites.",
                    )
                )
                continue
            org_id = found
        for occ in occurrences:
            key = (occ.uid, occ.day)
            if occ.uid and (key in existing or key in seen):
                result.left_out.append(
                    f"{who} on {occ.day:%d %b %Y} is already on record."
                    if key in existing
                    else f"{who} on {occ.day:%d %b %Y} is in the file twice."
                )
                continue
            seen.add(key)
            notes = f"{UID_LINE}{occ.uid}" if occ.uid else ""
            if occ.location:
                notes = f"Where: {occ.location}\n{notes}".strip()
            activity = Activity(
                organisation_id=org_id,
                date=occ.day,
                title=occ.title,
                kind=ActivityKind.MEETING,
                agreement_id=pick(org_id, occ.day),
                contact_minutes=occ.minutes,
                remote=bool(_ONLINE.search(occ.location)),
                private_notes=notes,
                draft=True,
            )
            try:
                activity = check(activity, s)
            except UserError as err:
                field_name = (err.field or "event").replace("_", " ")
                result.refused.append(
                    Refused(number, field_name, sentence_after(f"{who} on {occ.day}: ", err))
                )
                continue
            note = "all day" if occ.all_day else ""
            if occ.note:
                note = f"{note}; {occ.note}".strip("; ")
            result.planned.append(Planned(number, activity, orgs.label(org_id), note))
            if len(result.planned) > MAX_DRAFTS:
                raise UserError(
                    f"The calendar file would make more than {MAX_DRAFTS:,} draft activities: "
                    "export a shorter date range from your calendar.",
                    "file",
                )
    progress(len(events), len(events))
    return result


def preview(
    services: Services,
    data: bytes,
    organisation_id: int | None = None,
    progress: Progress = no_progress,
) -> IcsPreview:
    """The drafts an import would create, the events refused and those left out. Saves nothing."""
    result = run_preview(
        services.ctx,
        lambda s: _plan(s, services, data, organisation_id, progress),
        may_write=False,
    )
    return IcsPreview(
        tuple(result.planned), tuple(result.refused), tuple(result.left_out), result.events
    )


def commit(
    services: Services,
    data: bytes,
    organisation_id: int | None = None,
    *,
    skip_refused: bool = False,
    progress: Progress = no_progress,
) -> Outcome:
    """Create the drafts in ONE transaction; a refused event means nothing is saved unless
    `skip_refused`."""
    with services.db.write() as s:
        result = _plan(s, services, data, organisation_id, progress)
        if result.refused and not skip_refused:
            raise UserError(refusal_summary(result.refused, "event"), result.refused[0].column)
        if not result.planned:
            reason = (
                "every event is already on record or cancelled"
                if result.left_out
                else "no event could be imported"
            )
            raise UserError(f"Nothing to import: {reason}.", "file")
        rows = [convert.activity_fields(p.record) for p in result.planned]  # type: ignore[arg-type]
        ids = insert_rows(s, m.ActivityRow, rows)
    return Outcome(
        created_ids=ids,
        refused=tuple(result.refused),
        organisations_created=(),
        noun="draft activities",
        noun_one="draft activity",
        unit="event",
        skipped_duplicates=sum("already on record" in t for t in result.left_out),
    )
