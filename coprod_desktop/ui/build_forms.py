"""Compile the Designer forms in ``ui/*.ui`` into ``coprod_desktop/ui/forms/ui_*.py``.

Why committed output: an installed app (or a wheel built on a machine without the Qt tools)
must not need a build step, and reviewers can read the generated code. A test runs
`stale_forms()` so a .ui edited without rebuilding fails the build.

Run: ``python -m coprod_desktop.ui.build_forms`` (add ``--check`` to only report).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI_DIR = ROOT / "ui"
FORMS_DIR = Path(__file__).resolve().parent / "forms"


def _uic_command() -> list[str]:
    """pyside6-uic from the running environment first, so the venv's Qt version is used."""
    scripts = Path(sysconfig.get_path("scripts"))
    for candidate in (scripts / "pyside6-uic", scripts / "pyside6-uic.exe"):
        if candidate.exists():
            return [str(candidate)]
    found = shutil.which("pyside6-uic")
    if found:
        return [found]
    raise RuntimeError("pyside6-uic was not found: install PySide6 into this environment.")


def _normalise(text: str) -> str:
    """Drop uic's banner (it names the Qt version) so a newer uic does not look like a change."""
    lines = text.splitlines()
    body = [ln for ln in lines if not ln.startswith("##")]
    return "\n".join(body).strip() + "\n"


def compile_form(ui_file: Path) -> str:
    result = subprocess.run(
        [*_uic_command(), "-g", "python", str(ui_file)],
        check=True,
        capture_output=True,
        text=True,
    )
    return _normalise(result.stdout)


def target_for(ui_file: Path) -> Path:
    return FORMS_DIR / f"ui_{ui_file.stem}.py"


def ui_files() -> list[Path]:
    return sorted(UI_DIR.glob("*.ui"))


def stale_forms() -> list[str]:
    """Names of .ui files whose committed Python differs from what uic makes now."""
    stale = []
    for ui_file in ui_files():
        target = target_for(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != compile_form(ui_file):
            stale.append(ui_file.name)
    return stale


def build() -> list[Path]:
    FORMS_DIR.mkdir(parents=True, exist_ok=True)
    init = FORMS_DIR / "__init__.py"
    if not init.exists():
        init.write_text('"""Generated from ui/*.ui by build_forms: never edit."""\n')
    written = []
    for ui_file in ui_files():
        target = target_for(ui_file)
        text = compile_form(ui_file)
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            target.write_text(text, encoding="utf-8")
            written.append(target)
    return written


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale forms")
    args = parser.parse_args(argv)
    if args.check:
        stale = stale_forms()
        for name in stale:
            print(f"out of date: {name}")
        return 1 if stale else 0
    for path in build():
        print(f"wrote {path.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
