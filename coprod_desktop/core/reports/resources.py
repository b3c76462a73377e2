"""Where the app's bundled resources (fonts, templates) live at run time.

One function answers this for every packaging: a source checkout, a PyInstaller bundle and a
test run that points somewhere else. Another module may later own this; it lives here because the
PDF fonts were the first thing that needed it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

#: Environment variable that overrides every other place (tests, unusual installs).
RESOURCES_ENV = "COPROD_RESOURCES"


def resources_dir() -> Path:
    """Return the folder holding `fonts/`, `icons/` and other bundled files.

    Order: the COPROD_RESOURCES environment variable, then the PyInstaller unpack folder
    (`sys._MEIPASS/resources`), then `<repository root>/resources` for a source checkout.
    """
    override = os.environ.get(RESOURCES_ENV)
    if override:
        return Path(override)
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidate = Path(bundle) / "resources"
        if candidate.is_dir():
            return candidate
    return Path(__file__).resolve().parents[3] / "resources"


def fonts_dir() -> Path:
    """The folder of the TrueType fonts the PDFs embed."""
    return resources_dir() / "fonts"
