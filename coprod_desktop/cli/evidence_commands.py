"""`coprod report evidence`, `coprod report group-evidence` and `coprod export evidence-bundle`.

Thin: the figures come from `services.evidence`, the PDF from `core.reports.evidence`, the
bundle from `core.io.evidence_bundle`. Files are written atomically, so a failed command leaves
no half-written file.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from coprod_desktop.cli import options as opt
from coprod_desktop.cli.extensions import Groups
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.domain.evidence_views import EvidenceOptions


def add_parsers(groups: Groups) -> None:
    p = groups.report.add_parser(
        "evidence",
        help="the evidence pack: hours, value, lateness, terms changes, power-sharing",
    )
    p.add_argument("--out", metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--from", dest="start", metavar="DATE")
    p.add_argument("--to", dest="end", metavar="DATE")
    p.add_argument("--org", metavar="CODE", help="one organisation only")
    p.add_argument("--large-print", action="store_true", help="16 pt text or larger")
    p.add_argument("--json", action="store_true", help="print the figures as JSON")

    p = groups.report.add_parser(
        "group-evidence", help="combine members' anonymised evidence bundles into one pack"
    )
    p.add_argument("bundles", nargs="+", metavar="BUNDLE")
    p.add_argument("--out", metavar="FILE.pdf", help="where to write the group PDF")
    p.add_argument(
        "--org",
        action="append",
        default=[],
        metavar="CODE",
        help="only this organisation (give --org again for more)",
    )
    p.add_argument("--from", dest="start", metavar="DATE", help="tax years from this date")
    p.add_argument("--to", dest="end", metavar="DATE", help="tax years up to this date")
    p.add_argument("--large-print", action="store_true", help="16 pt text or larger")
    p.add_argument("--json", action="store_true", help="print the combined figures as JSON")

    p = groups.export.add_parser(
        "evidence-bundle",
        help="an anonymised bundle of your evidence figures for an advocate",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument(
        "--include-text",
        action="store_true",
        help="also share your activity titles, impact and feedback (dated to the month)",
    )
    p.add_argument("--from", dest="start", metavar="DATE")
    p.add_argument("--to", dest="end", metavar="DATE")
    p.add_argument(
        "--preview",
        action="store_true",
        help="say in plain words what the bundle would hold, and write nothing",
    )


def _options(a: argparse.Namespace) -> EvidenceOptions:
    return EvidenceOptions(
        date_from=opt.day(a.start, "--from"),
        date_to=opt.day(a.end, "--to"),
        organisation_code=getattr(a, "org", None),
        large_print=getattr(a, "large_print", False),
    )


def _print_json(data: dict[str, Any]) -> None:
    # Not sorted: the fixed keys other tools read come first, the extras after them.
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def _out_path(text: str | None) -> Path:
    if not text:
        raise UserError("Give --out FILE.pdf for the PDF, or --json to print the figures.", "--out")
    path = Path(text)
    if path.is_dir():
        raise UserError(f"--out '{text}' is a folder: give a file name.", "--out")
    if not path.parent.exists():
        raise UserError(f"The folder for --out '{text}' does not exist.", "--out")
    return path


def _write(path: Path, data: bytes, *, private: bool) -> None:
    from coprod_desktop.core.io.safe_write import write_atomic

    write_atomic(path, data, private=private)


def cmd_report_evidence(sv: Any, a: argparse.Namespace) -> None:
    from coprod_desktop.core.reports.evidence_json import evidence_json

    path = None if a.json and not a.out else _out_path(a.out)
    options = _options(a)
    figures = sv.evidence.figures(options)
    if path is not None:
        from coprod_desktop.core.reports.evidence import render_evidence_pdf

        pdf = render_evidence_pdf(figures, large_print=options.large_print)
        _write(path, pdf, private=False)
    if a.json:
        _print_json(evidence_json(figures))
    else:
        sys.stdout.write(f"{a.out}\n")


def cmd_group_evidence(sv: Any, a: argparse.Namespace) -> None:
    from coprod_desktop.core.io.evidence_bundle import read_bundle
    from coprod_desktop.core.reports.group_evidence_json import group_json
    from coprod_desktop.core.services.group_evidence import combine

    path = None if a.json and not a.out else _out_path(a.out)
    members = []
    for name in a.bundles:
        _, data = opt.read_file(name, "BUNDLE")
        members.append(read_bundle(name, data))
    figures = combine(
        members,
        organisations=a.org,
        date_from=opt.day(a.start, "--from"),
        date_to=opt.day(a.end, "--to"),
    )
    if path is not None:
        from coprod_desktop.core.reports.group_evidence import render_group_pdf

        pdf = render_group_pdf(figures, large_print=a.large_print)
        _write(path, pdf, private=False)
    if a.json:
        _print_json(group_json(figures))
    else:
        sys.stdout.write(f"{a.out}\n")


# It reads only the bundles it is given: an advocate combining members' bundles needs no
# records of their own, so no data folder is opened (or made).
cmd_group_evidence.opens_data_itself = True  # type: ignore[attr-defined]


def cmd_export_bundle(sv: Any, a: argparse.Namespace) -> None:
    from coprod_desktop.core.io.evidence_bundle import (
        bundle_bytes,
        bundle_document,
        describe_bundle,
    )

    path = Path(a.file)
    if path.is_dir():
        raise UserError(f"FILE '{a.file}' is a folder: give a file name.", "FILE")
    if not path.parent.exists():
        raise UserError(f"The folder for FILE '{a.file}' does not exist.", "FILE")
    document = bundle_document(sv, _options(a), include_text=a.include_text)
    # The member reads what leaves their PC before (or instead of) it being written.
    said = "\n".join(f"- {line}" for line in describe_bundle(document))
    if a.preview:
        sys.stdout.write(f"The bundle {a.file} would hold:\n{said}\nNothing was written.\n")
        return
    sys.stdout.write(f"The bundle holds:\n{said}\n")
    _write(path, bundle_bytes(document), private=True)
    sys.stdout.write(f"{a.file}\n")


HANDLERS = {
    ("report", "evidence"): cmd_report_evidence,
    ("report", "group-evidence"): cmd_group_evidence,
    ("export", "evidence-bundle"): cmd_export_bundle,
}
