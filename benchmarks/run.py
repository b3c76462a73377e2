"""The performance benchmark: every target in shared/quality.md, measured in one run.

    python -m benchmarks                       # builds `coprod demo --scale 15` in a temp folder
    python -m benchmarks --data-dir DIR        # reuse (or build once into) a heavy data folder
    python -m benchmarks --quick               # scale 1, one repetition: the CI smoke mode
    python -m benchmarks --json figures.json   # also write the table as JSON

Why a script and not unit tests: timings depend on the machine and on what else runs on it, so
they are measured here and read by people, never asserted in a test. Each figure where start-up
matters runs in a fresh process (see probes.py); the commands are timed as a member would run
them, from the shell. It prints one table: each figure, the measured value, its target, the
ratio (measured / target: under 1 is good) and ok/over.

The app's bytecode is compiled first, as pip and the installers leave an installed copy: a
working tree run with PYTHONDONTWRITEBYTECODE set would otherwise compile every module of the
app again in every process, which no member's machine does. The portfolio and LibreOffice,
compared with each other, are timed five times each, in turn, and the medians compared.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

TODAY = "2026-11-22"  # pinned, so two runs over the same data ask the same questions
ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent
NOT_BUILT = "not built yet"


@dataclass
class Row:
    figure: str
    measured: float | None  # in `unit`; None when it could not be measured
    target: float | None
    unit: str
    note: str = ""

    @property
    def ratio(self) -> float | None:
        if self.measured is None or not self.target:
            return None
        return self.measured / self.target

    @property
    def verdict(self) -> str:
        if self.measured is None:
            return self.note or "not measured"
        if self.target is None:
            return "reference"
        return "ok" if self.measured < self.target else "over"


# -- running things --------------------------------------------------------------------------
def _env(**extra: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env["COPROD_TODAY"] = TODAY
    env["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), env.get("PYTHONPATH", "")) if p)
    env.update(extra)
    return env


@dataclass
class Ran:
    seconds: float
    stdout: str
    stderr: str
    code: int
    max_rss_kb: int
    cpu_seconds: float = 0.0  # user + system time of the child (and its waited-for children)


def run(cmd: list[str], *, timeout: float = 900, **env: str) -> Ran:
    """Run a command to the end; wall time, output and the child's peak resident memory."""
    full_env = _env(**env)
    full_env["COPROD_PROCESS_START"] = repr(time.time())
    began = time.perf_counter()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(cmd, stdout=out, stderr=err, env=full_env, cwd=ROOT)
        deadline = began + timeout
        while True:
            pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
            if pid:
                break
            if time.perf_counter() > deadline:
                proc.kill()
                pid, status, usage = os.wait4(proc.pid, 0)
                break
            time.sleep(0.005)
        seconds = time.perf_counter() - began
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        return Ran(
            seconds,
            out.read().decode("utf-8", "replace"),
            err.read().decode("utf-8", "replace"),
            proc.returncode,
            usage.ru_maxrss,  # kilobytes on Linux
            usage.ru_utime + usage.ru_stime,
        )


def coprod(data_dir: Path, *args: str, timeout: float = 900) -> Ran:
    return run([str(BIN / "coprod"), "--data-dir", str(data_dir), *args], timeout=timeout)


def probe(*args: str, timeout: float = 400) -> tuple[dict[str, object], Ran]:
    ran = run([sys.executable, "-m", "benchmarks.probes", *args], timeout=timeout)
    lines = [ln for ln in ran.stdout.splitlines() if ln.startswith("{")]
    if ran.code != 0 or not lines:
        raise RuntimeError(f"probe {args[0]} failed ({ran.code}): {ran.stderr[-2000:]}")
    return json.loads(lines[-1]), ran


def say(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


# -- the data ----------------------------------------------------------------------------------
def has_records(data_dir: Path) -> bool:
    db = database_file(data_dir)
    if not db.exists():
        return False
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as con:
        return bool(con.execute("select count(*) from activities").fetchone()[0])


def database_file(data_dir: Path) -> Path:
    sys.path.insert(0, str(ROOT))
    from coprod_desktop.paths import resolve_data_dir

    return resolve_data_dir(data_dir).database


def build(data_dir: Path, scale: int) -> Row:
    say(f"building the data set: coprod demo --scale {scale} into {data_dir} ...")
    ran = coprod(data_dir, "demo", "--scale", str(scale), timeout=3600)
    if ran.code != 0:
        raise RuntimeError(f"coprod demo failed: {ran.stderr[-2000:]}")
    say(f"  built in {ran.seconds:.1f} s: {ran.stdout.strip()}")
    return Row(f"build: coprod demo --scale {scale}", ran.seconds * 1000, None, "ms")


def counts(data_dir: Path) -> dict[str, int]:
    with sqlite3.connect(f"file:{database_file(data_dir)}?mode=ro", uri=True) as con:
        return {
            table: con.execute(f"select count(*) from {table}").fetchone()[0]
            for table in ("activities", "expenses", "claims", "attachments")
        }


def latest_dates(data_dir: Path, rows: int) -> tuple[str, str, int]:
    """The date range holding the newest `rows` activities (the portfolio's 1,000 rows)."""
    with sqlite3.connect(f"file:{database_file(data_dir)}?mode=ro", uri=True) as con:
        dates = [d for (d,) in con.execute("select date from activities order by date desc")]
    chosen = dates[: min(rows, len(dates))]
    first, last = min(chosen), max(chosen)
    return str(first), str(last), sum(1 for d in dates if first <= d <= last)


# -- the figures -------------------------------------------------------------------------------
def first_paint(data_dir: Path, reps: int) -> tuple[Row, Row]:
    app_paint: list[float] = []
    bare_paint: list[float] = []
    dashboards: list[float] = []
    errors: list[str] = []
    for _ in range(reps):
        bare, _ran = probe("bare")
        bare_paint.append(float(bare["first_paint_ms"]))  # type: ignore[arg-type]
        ran = run(
            [str(BIN / "coprod-desktop"), "--data-dir", str(data_dir), "--startup-probe"],
            timeout=120,
        )
        lines = [ln for ln in ran.stdout.splitlines() if ln.startswith("{")]
        if not lines:
            raise RuntimeError(f"--startup-probe printed nothing: {ran.stderr[-2000:]}")
        out = json.loads(lines[-1])
        if out.get("first_paint_ms") is not None:
            app_paint.append(float(out["first_paint_ms"]))
        if out.get("error"):
            errors.append(str(out["error"]))
        else:
            dashboards.append(float(out["dashboard_ms"]))
    bare_ms = statistics.median(bare_paint)
    app_ms = statistics.median(app_paint) if app_paint else None
    paint = Row(
        "first paint, after a bare QMainWindow's",
        None if app_ms is None else app_ms - bare_ms,
        350,
        "ms",
        f"app {app_ms or 0:.0f} ms, bare {bare_ms:.0f} ms (median of {reps})",
    )
    dash = Row(
        "start to dashboard with real totals",
        statistics.median(dashboards) if dashboards else None,
        1500,
        "ms",
        f"median of {len(dashboards)}: {', '.join(f'{d:.0f}' for d in dashboards)}"
        if dashboards
        else f"--startup-probe: {errors[0]} (it gives up after 60 s)",
    )
    return paint, dash


def filter_row(data_dir: Path, keys: int) -> Row:
    out, _ran = probe("filter", str(data_dir), str(keys))
    return Row(
        f"filter {out['rows']:,} activities, per keystroke p95",
        float(out["p95_ms"]),  # type: ignore[arg-type]
        50,
        "ms",
        f"{out['keystrokes']} keys, median {out['median_ms']} ms, max {out['max_ms']} ms, "
        f"CPU p95 {out['cpu_p95_ms']} ms; "
        f"page load {out['page_load_ms']} ms",
    )


def claim_row(work: Path, quick: bool = False) -> Row:
    folder = work / "claim"
    shutil.rmtree(folder, ignore_errors=True)
    side = "1000" if quick else "4000"  # phone photos, 3000 x 4000 (smaller when quick)
    out, _ran = probe("claim", str(folder), "40", "10", side)
    return Row(
        f"claim PDF, {out['lines']} lines + {out['images']} receipt photos",
        float(out["pdf_ms"]),  # type: ignore[arg-type]
        1000,
        "ms",
        ("small photos (quick); " if quick else "")
        + f"first PDF of the process (CPU {out['cpu_ms']} ms); again {out['warm_ms']} ms; "
        f"{int(out['bytes']) // 1024} KB",  # type: ignore[call-overload]
    )


def print_row(work: Path) -> Row:
    """Print the claim the claim row made (so run after it) to a PDF-file printer."""
    out, _ran = probe("print", str(work / "claim"))
    return Row(
        "print: first page to the printer (PDF-file printer)",
        float(out["first_ms"]),  # type: ignore[arg-type]
        1000,
        "ms",
        f"{out['pages']} pages at {out['dpi']} dpi, all sent in {out['all_ms']} ms",
    )


def compile_bytecode() -> None:
    """Compile the app's modules once, as an installed copy has them (see the module's doc)."""
    import compileall

    compileall.compile_dir(ROOT / "coprod_desktop", quiet=1)


def command_exists(*words: str) -> bool:
    ran = run([str(BIN / "coprod"), *words, "--help"], timeout=60)
    return ran.code == 0


def office_command(data_dir: Path, work: Path, first: str, last: str) -> list[str] | None:
    """LibreOffice converting the portfolio's rows, as CSV, to PDF: the spreadsheet route a
    member would otherwise take. None when LibreOffice is not installed."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        return None
    listed = coprod(data_dir, "list", "activities", "--json")
    items = [a for a in json.loads(listed.stdout) if first <= a["date"] <= last]
    sheet = work / "activities.csv"
    with sheet.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["Date", "Organisation", "Title", "Kind", "Hours", "Fee", "Level"])
        for a in items:
            writer.writerow(
                [
                    a["date"],
                    a["organisation"],
                    a["title"],
                    a["kind"],
                    a["hours"],
                    a["fee"],
                    a.get("judged_level") or "",
                ]
            )
    return [
        soffice,
        f"-env:UserInstallation=file://{work / 'lo-profile'}",
        "--headless",
        "--convert-to",
        "pdf",
        "--infilter=CSV:44,34,76,1",  # comma, double quote, UTF-8, from line 1
        "--outdir",
        str(work / "office"),
        str(sheet),
    ]


def _spread(runs: list[Ran]) -> tuple[Ran, str]:
    """The run with the median wall time, and every run's wall and CPU time for the table."""
    median = sorted(runs, key=lambda r: r.seconds)[len(runs) // 2]
    times = ", ".join(f"{r.seconds * 1000:.0f}" for r in runs)
    cpu = statistics.median(r.cpu_seconds for r in runs) * 1000
    return median, f"median of {len(runs)}: {times}; CPU {cpu:.0f} ms"


def portfolio_form_rows(data_dir: Path, work: Path, times: int) -> list[Row]:
    """Ten years of records in the portfolio's short forms: highlights and the one-page
    summary (issue 15), each the median of `times` runs."""
    start = date.fromisoformat(TODAY).replace(day=1, month=1)
    start = start.replace(year=start.year - 9).isoformat()
    result = []
    for form, target in (("highlights", 1500.0), ("summary", 700.0)):
        name = f"portfolio, ten years, {form} form"
        out = work / f"portfolio-{form}.pdf"
        words = ("report", "portfolio", "--out", str(out), "--form", form, "--from", start)
        runs = [coprod(data_dir, *words) for _ in range(times)]
        ran, spread = _spread(runs)
        if ran.code != 0:
            result.append(Row(name, None, target, "ms", f"failed: {ran.stderr.strip()[:200]}"))
        else:
            result.append(Row(name, ran.seconds * 1000, target, "ms", f"{spread}; --from {start}"))
    return result


def portfolio_rows(data_dir: Path, work: Path, rows: int, times: int, office: bool) -> list[Row]:
    """The portfolio of the newest `rows` activities, and LibreOffice on the same rows.

    The two are timed in turn (ours, theirs, ours, theirs...) and each median kept, so a
    machine that slows down or speeds up during the run weighs on both alike. LibreOffice
    runs once untimed first, to make its profile.
    """
    first, last, count = latest_dates(data_dir, rows)
    name = f"portfolio PDF, {count:,} activities"
    office_name = f"LibreOffice CSV to PDF, same {count:,} rows"
    if not command_exists("report", "portfolio"):
        return [Row(name, None, 3000.0, "ms", NOT_BUILT)]
    out = work / "portfolio.pdf"
    # The full listing: every row, as LibreOffice prints every row of the CSV.
    args = ("report", "portfolio", "--out", str(out), "--from", first, "--to", last)
    args += ("--form", "full")
    cmd = office_command(data_dir, work, first, last) if office else None
    office_note = "LibreOffice not installed" if office else "not measured (--no-office)"
    if cmd is not None:
        warm = run(cmd, timeout=300)
        if warm.code != 0 or not (work / "office" / "activities.pdf").exists():
            cmd, office_note = None, f"failed: {warm.stderr.strip()[:200]}"
    ours: list[Ran] = []
    theirs: list[Ran] = []
    for _ in range(times):
        ours.append(coprod(data_dir, *args))
        if cmd is not None:
            theirs.append(run(cmd, timeout=300))
    ran, spread = _spread(ours)
    if ran.code != 0:
        return [Row(name, None, 3000.0, "ms", f"failed: {ran.stderr.strip()[:200]}")]
    target = 3000.0
    note = f"{spread}; --from {first} --to {last}"
    result = []
    if theirs:
        office_ran, office_spread = _spread(theirs)
        office_ms = office_ran.seconds * 1000
        target = min(target, office_ms)
        note += f"; target is the faster of 3 s and LibreOffice ({office_ms:.0f} ms)"
        result.append(Row(office_name, office_ran.seconds * 1000, None, "ms", office_spread))
    elif office:
        result.append(Row(office_name, None, None, "ms", office_note))
    return [Row(name, ran.seconds * 1000, target, "ms", note), *result]


def evidence_row(data_dir: Path, work: Path) -> Row:
    name = "evidence pack, whole data set"
    if not command_exists("report", "evidence"):
        return Row(name, None, 2000, "ms", NOT_BUILT)
    ran = coprod(data_dir, "report", "evidence", "--out", str(work / "evidence.pdf"))
    if ran.code != 0:
        return Row(name, None, 2000, "ms", f"failed: {ran.stderr.strip()[:200]}")
    return Row(name, ran.seconds * 1000, 2000, "ms")


GROUP_BUNDLES = 200


def group_row(data_dir: Path, work: Path) -> Row:
    """An advocate's group pack from 200 members' bundles, in a fresh process. Each bundle is
    this data set's own (a very active member: every organisation, every tax year), so the
    figure is the worst case; combining is as much work whatever the numbers are."""
    name = f"group evidence from {GROUP_BUNDLES} bundles"
    if not command_exists("report", "group-evidence"):
        return Row(name, None, 3000, "ms", NOT_BUILT)
    bundle = work / "member.json"
    made = coprod(data_dir, "export", "evidence-bundle", str(bundle))
    if made.code != 0:
        return Row(name, None, 3000, "ms", f"bundle failed: {made.stderr.strip()[:200]}")
    folder = work / "bundles"
    folder.mkdir(exist_ok=True)
    data = bundle.read_bytes()
    files = []
    for n in range(GROUP_BUNDLES):
        path = folder / f"member{n:03d}.json"
        path.write_bytes(data)
        files.append(str(path))
    ran = run(
        [str(BIN / "coprod"), "report", "group-evidence", *files, "--out", str(work / "g.pdf")]
    )
    if ran.code != 0:
        return Row(name, None, 3000, "ms", f"failed: {ran.stderr.strip()[:200]}")
    size = len(data) // 1024
    note = f"each bundle {size} KB; a fresh process; CPU {ran.cpu_seconds * 1000:.0f} ms"
    return Row(name, ran.seconds * 1000, 3000, "ms", note)


def json_row(data_dir: Path, work: Path) -> Row:
    dump = work / "export.json"
    exported = coprod(data_dir, "export", "json", str(dump))
    if exported.code != 0:
        return Row("JSON export + import", None, 10000, "ms", exported.stderr.strip()[:200])
    fresh = work / "imported"
    shutil.rmtree(fresh, ignore_errors=True)
    imported = coprod(fresh, "import", "json", str(dump))
    if imported.code != 0:
        return Row("JSON export + import", None, 10000, "ms", imported.stderr.strip()[:200])
    size = dump.stat().st_size / 1e6
    return Row(
        "JSON export + import, whole data set",
        (exported.seconds + imported.seconds) * 1000,
        10000,
        "ms",
        f"export {exported.seconds:.1f} s, import {imported.seconds:.1f} s, {size:.0f} MB",
    )


def memory_row(data_dir: Path) -> Row:
    out, ran = probe("window", str(data_dir))
    return Row(
        "window peak memory, every list page loaded",
        ran.max_rss_kb / 1024,
        300,
        "MB",
        f"dashboard {out['dashboard_ms']} ms, all pages {out['all_pages_ms']} ms, "
        f"{out['activities']:,} activities listed",
    )


# -- the table ---------------------------------------------------------------------------------
def _value(row: Row, value: float | None) -> str:
    if value is None:
        return "-"
    if row.unit == "MB":
        return f"{value:.0f} MB"
    return f"{value / 1000:.2f} s" if value >= 1000 else f"{value:.0f} ms"


def table(rows: list[Row]) -> str:
    head = ("figure", "measured", "target", "ratio", "", "detail")
    body = [
        (
            r.figure,
            _value(r, r.measured),
            _value(r, r.target),
            f"{r.ratio:.2f}" if r.ratio is not None else "-",
            r.verdict,
            r.note if r.measured is not None else "",
        )
        for r in rows
    ]
    widths = [max(len(line[i]) for line in (head, *body)) for i in range(5)]
    out = []
    for n, line in enumerate((head, *body)):
        cells = [
            line[i].ljust(widths[i]) if i in (0, 4) else line[i].rjust(widths[i]) for i in range(5)
        ]
        out.append("  ".join(cells) + ("  " + line[5] if line[5] else ""))
        if n == 0:
            out.append("  ".join("-" * w for w in widths))
    return "\n".join(out)


def guarded(measure: Callable[[], Sequence[Row]], *blank: tuple[str, float, str]) -> list[Row]:
    """The rows `measure` gives; if it fails, its rows with the reason, so the table is whole."""
    try:
        return list(measure())
    except Exception as exc:  # a failed figure is reported, not fatal to the others
        reason = f"failed: {str(exc).strip().splitlines()[-1][:160]}" if str(exc) else "failed"
        say(f"  {reason}")
        return [Row(name, None, target, unit, reason) for name, target, unit in blank]


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--scale", type=int, default=None, help="demo scale to build (default 15)")
    parser.add_argument("--data-dir", help="reuse this data folder (built there if it is empty)")
    parser.add_argument("--quick", action="store_true", help="smoke mode: scale 1, one repetition")
    parser.add_argument("--json", help="also write the figures to this JSON file")
    parser.add_argument(
        "--no-office", action="store_true", help="skip LibreOffice (quick mode skips it too)"
    )
    parser.add_argument("--reps", type=int, help="start-up repetitions (default 5, quick 1)")
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    scale = args.scale or (1 if args.quick else 15)
    reps = args.reps or (1 if args.quick else 5)
    keys = 20 if args.quick else 60
    args.no_office = args.no_office or args.quick
    work = Path(tempfile.mkdtemp(prefix="coprod-bench-"))
    rows: list[Row] = []
    made: dict[str, int] = {}
    try:
        data_dir = Path(args.data_dir).resolve() if args.data_dir else work / "heavy"
        if data_dir.exists() and has_records(data_dir):
            say(f"reusing the data in {data_dir}")
        else:
            rows.append(build(data_dir, scale))
        made = counts(data_dir)
        say("data: " + ", ".join(f"{v:,} {k}" for k, v in made.items()))
        say("compiling the app's bytecode, as an installed copy has it ...")
        compile_bytecode()
        say("first paint and dashboard ...")
        rows.extend(
            guarded(
                lambda: first_paint(data_dir, reps),
                ("first paint, after a bare QMainWindow's", 350, "ms"),
                ("start to dashboard with real totals", 1500, "ms"),
            )
        )
        say("filter as you type ...")
        rows += guarded(lambda: [filter_row(data_dir, keys)], ("filter activities", 50, "ms"))
        say("claim PDF ...")
        rows += guarded(
            lambda: [claim_row(work, args.quick)], ("claim PDF, 40 lines + 10 photos", 1000, "ms")
        )
        say("print ...")
        rows += guarded(
            lambda: [print_row(work)],
            ("print: first page to the printer (PDF-file printer)", 1000, "ms"),
        )
        say("portfolio PDF" + ("" if args.no_office else ", and LibreOffice in turn") + " ...")
        rows += portfolio_rows(
            data_dir, work, 1000, times=1 if args.quick else 5, office=not args.no_office
        )
        say("portfolio highlights and summary ...")
        rows += guarded(
            lambda: portfolio_form_rows(data_dir, work, 1 if args.quick else 3),
            ("portfolio, ten years, highlights form", 1500, "ms"),
            ("portfolio, ten years, summary form", 700, "ms"),
        )
        say("evidence pack ...")
        rows.append(evidence_row(data_dir, work))
        say("group evidence from bundles ...")
        rows += guarded(
            lambda: [group_row(data_dir, work)],
            (f"group evidence from {GROUP_BUNDLES} bundles", 3000, "ms"),
        )
        say("JSON export and import ...")
        rows.append(json_row(data_dir, work))
        say("window memory ...")
        rows += guarded(lambda: [memory_row(data_dir)], ("window peak memory", 300, "MB"))
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(
        f"Coprod Desktop benchmark, {made.get('activities', 0):,} activities, "
        f"{made.get('expenses', 0):,} expenses, {made.get('claims', 0):,} claims, "
        f"{made.get('attachments', 0):,} attachments; {os.cpu_count()} cores"
    )
    print(table(rows))
    if args.json:
        Path(args.json).write_text(
            json.dumps(
                {
                    "counts": made,
                    "rows": [{**asdict(r), "ratio": r.ratio, "verdict": r.verdict} for r in rows],
                },
                indent=2,
            )
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
