"""The app's name, id and version for the packaging scripts, read from the one place they live.

`coprod_desktop/__init__.py` holds `__version__`, `APP_NAME`, `APP_ID` and `DESKTOP_ID`;
pyproject takes the version from there (setuptools dynamic version) and so do the PyInstaller
spec, the Linux tarball's name, the Inno Setup script (through build.ps1) and the macOS
Info.plist. This module
reads the file with `ast` instead of importing the package, so a build script can ask before any
dependency is installed: `python installers/project_info.py version`.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE_INIT = ROOT / "coprod_desktop" / "__init__.py"

PUBLISHER = "Coprod Desktop contributors"


def constants() -> dict[str, str]:
    """The string constants assigned at the top level of `coprod_desktop/__init__.py`."""
    tree = ast.parse(PACKAGE_INIT.read_text(encoding="utf-8"))
    found: dict[str, str] = {}
    for node in tree.body:
        if (
            isinstance(node, ast.Assign)
            and len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and isinstance(node.value, ast.Constant)
            and isinstance(node.value.value, str)
        ):
            found[node.targets[0].id] = node.value.value
    return found


def version() -> str:
    return constants()["__version__"]


def app_name() -> str:
    return constants()["APP_NAME"]


def app_id() -> str:
    return constants()["APP_ID"]


def reverse_dns_id() -> str:
    """The id of the Linux .desktop/AppStream files and the macOS bundle identifier."""
    return constants()["DESKTOP_ID"]


def numeric_version() -> str:
    """`0.1.0` from `0.1.0rc1` or `0.1.0.dev3`: Windows and macOS want dotted numbers only."""
    parts = []
    for piece in version().split(".")[:3]:
        digits = ""
        for ch in piece:
            if not ch.isdigit():
                break
            digits += ch
        parts.append(digits or "0")
    while len(parts) < 3:
        parts.append("0")
    return ".".join(parts)


if __name__ == "__main__":
    fields = {
        "version": version,
        "numeric-version": numeric_version,
        "name": app_name,
        "id": app_id,
        "reverse-dns-id": reverse_dns_id,
        "publisher": lambda: PUBLISHER,
    }
    if len(sys.argv) != 2 or sys.argv[1] not in fields:
        print(f"usage: project_info.py {{{'|'.join(fields)}}}", file=sys.stderr)
        sys.exit(2)
    print(fields[sys.argv[1]]())
