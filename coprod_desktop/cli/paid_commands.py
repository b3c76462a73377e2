"""Getting paid: `coprod claim chase`, `coprod claim email`, `coprod reminders` and
`coprod inbox`. Thin over `services.chasers`, `services.reminders` and `services.inbox`."""

from __future__ import annotations

import argparse
import sys

from coprod_desktop.cli import options as opt
from coprod_desktop.cli.extensions import Groups
from coprod_desktop.cli.output import print_json, print_table
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.kinds import ChaserMethod, InboxStatus
from coprod_desktop.core.services import Services


def out(text: object) -> None:
    sys.stdout.write(f"{text}\n")


_KINDS = ("overdue", "due-soon", "unclaimed", "benefit-limit", "no-terms", "drafts")


def add_parsers(groups: Groups) -> None:
    p = groups.claim.add_parser(
        "chase",
        help="a chasing letter for an unpaid claim, recorded in the claim's history",
    )
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--date", metavar="DATE", help="the day it is sent (default: today)")
    p.add_argument(
        "--how",
        choices=[m.value for m in ChaserMethod],
        default=None,
        help="how it is sent (default: post; email with --eml)",
    )
    p.add_argument("--note", default="", help="a note for your own records")
    p.add_argument("--eml", metavar="FILE.eml", help="also write an email draft carrying it")
    p.add_argument("--large-print", action="store_true", help="16 pt text or larger")
    p.add_argument(
        "--preview", action="store_true", help="write the letter without recording a chaser"
    )

    p = groups.claim.add_parser(
        "email", help="an email draft (.eml) with the claim PDF, for your own mail program"
    )
    p.add_argument("number", metavar="NUMBER")
    p.add_argument("--out", required=True, metavar="FILE.eml")

    p = groups.top.add_parser(
        "reminders", help="overdue and due claims, unclaimed work, limits near, and more"
    )
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="include kinds snoozed or turned off")
    p.add_argument("--snooze", choices=_KINDS, metavar="KIND", help="hide a kind for a while")
    p.add_argument("--days", metavar="N", help="days to snooze for (default 7)")
    p.add_argument("--off", choices=_KINDS, metavar="KIND", help="stop showing a kind")
    p.add_argument("--on", choices=_KINDS, metavar="KIND", help="show a kind again")
    p.add_argument(
        "--unclaimed-days", metavar="N", help="mention work not claimed after N days (default 30)"
    )

    inbox = groups.top.add_parser(
        "inbox", help="the receipts inbox: photos and PDFs from your phone"
    ).add_subparsers(dest="action", required=True)
    p = inbox.add_parser("folder", help="set (or with no folder, show) the inbox folder")
    p.add_argument("folder", nargs="?", metavar="DIR")
    p.add_argument("--off", action="store_true", help="turn the inbox off")
    inbox.add_parser("scan", help="pick up new files from the inbox folder")
    p = inbox.add_parser("list", help="unfiled receipts")
    p.add_argument("--json", action="store_true")
    p.add_argument("--all", action="store_true", help="also filed, refused and set aside")
    p = inbox.add_parser("attach", help="file an unfiled receipt with an expense")
    p.add_argument("inbox_id", metavar="ID")
    p.add_argument("--expense", required=True, metavar="ID")
    p = inbox.add_parser("set-aside", help="stop showing an unfiled receipt")
    p.add_argument("inbox_id", metavar="ID")


def cmd_chase(sv: Services, a: argparse.Namespace) -> None:
    from coprod_desktop.cli.commands import _write_out

    on = opt.day(a.date, "--date")
    how = a.how or ("email" if a.eml else "post")
    pdf = sv.chasers.pdf(a.number, on, large_print=a.large_print)
    _write_out(a.out, pdf)
    if a.preview:
        out(a.out)
        return
    made = sv.chasers.chase(a.number, on, how, a.note, large_print=a.large_print, pdf=pdf)
    if a.eml:
        _write_out(a.eml, sv.chasers.chaser_email(made))
    out(a.out)


def cmd_email(sv: Services, a: argparse.Namespace) -> None:
    from coprod_desktop.cli.commands import _write_out

    _write_out(a.out, sv.chasers.claim_email(a.number))
    out(a.out)


def cmd_reminders(sv: Services, a: argparse.Namespace) -> None:
    from coprod_desktop.core.services.reminders import parse_kind

    changed = False
    if a.days is not None and a.snooze is None:
        raise UserError("--days goes with --snooze KIND.", "--days")
    if a.snooze:
        days = opt.whole(a.days, "--days", minimum=1, maximum=365) or 7
        sv.reminders.snooze(parse_kind(a.snooze), days)
        changed = True
    if a.off:
        sv.reminders.turn(parse_kind(a.off), on=False)
        changed = True
    if a.on:
        sv.reminders.turn(parse_kind(a.on), on=True)
        changed = True
    if a.unclaimed_days is not None:
        days = opt.whole(a.unclaimed_days, "--unclaimed-days", minimum=1, maximum=365)
        sv.reminders.set_unclaimed_days(days or 30)
        changed = True
    reminders = sv.reminders.due(include_hidden=a.all)
    if a.json:
        print_json(
            {
                "today": sv.ctx.clock.today(),
                "reminders": [
                    {
                        "kind": r.kind.value,
                        "message": r.message,
                        "target": {"kind": r.target[0], "id": r.target[1]},
                        "date": r.on,
                    }
                    for r in reminders
                ],
            }
        )
        return
    if not reminders:
        out("Nothing needs your attention today." if not changed else "Saved. Nothing else due.")
        return
    for r in reminders:
        out(f"- {r.message}")


def cmd_inbox_folder(sv: Services, a: argparse.Namespace) -> None:
    if a.off:
        sv.inbox.set_folder(None)
        out("The receipts inbox is off.")
        return
    if a.folder is None:
        folder = sv.inbox.folder()
        out(str(folder) if folder else "No receipts inbox folder is set.")
        return
    out(str(sv.inbox.set_folder(a.folder)))


def cmd_inbox_scan(sv: Services, a: argparse.Namespace) -> None:
    result = sv.inbox.scan()
    for item in result.new:
        out(f"{item.id}  {item.original_name}")
    for item in result.refused:
        sys.stderr.write(f"Refused {item.original_name}: {item.note}\n")
    sys.stderr.write(result.summary() + "\n")


def cmd_inbox_list(sv: Services, a: argparse.Namespace) -> None:
    items = sv.inbox.list(None if a.all else InboxStatus.UNFILED)
    if a.json:
        print_json(
            [
                {
                    "id": i.id,
                    "name": i.original_name,
                    "seen_at": i.seen_at.isoformat(timespec="seconds"),
                    "status": i.status.value,
                    "note": i.note,
                }
                for i in items
            ]
        )
        return
    print_table(
        ["Id", "File", "Seen", "Status", "Note"],
        [
            [i.id, i.original_name, i.seen_at.strftime("%Y-%m-%d %H:%M"), i.status.value, i.note]
            for i in items
        ],
    )


def cmd_inbox_attach(sv: Services, a: argparse.Namespace) -> None:
    inbox_id = opt.whole(a.inbox_id, "ID", minimum=1)
    expense_id = opt.whole(a.expense, "--expense", minimum=1)
    sv.inbox.attach(inbox_id, expense_id)
    out(expense_id)


def cmd_inbox_set_aside(sv: Services, a: argparse.Namespace) -> None:
    inbox_id = opt.whole(a.inbox_id, "ID", minimum=1)
    sv.inbox.set_aside(inbox_id)
    out(inbox_id)


HANDLERS = {
    ("claim", "chase"): cmd_chase,
    ("claim", "email"): cmd_email,
    ("reminders", None): cmd_reminders,
    ("inbox", "folder"): cmd_inbox_folder,
    ("inbox", "scan"): cmd_inbox_scan,
    ("inbox", "list"): cmd_inbox_list,
    ("inbox", "attach"): cmd_inbox_attach,
    ("inbox", "set-aside"): cmd_inbox_set_aside,
}
