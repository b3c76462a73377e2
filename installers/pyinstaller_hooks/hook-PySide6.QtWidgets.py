"""PySide6.QtWidgets as PyInstaller's own hook collects it, less the plugins and translations in
installers/bundle_rules.py (filtered here so their libraries are never looked for)."""

import bundle_rules
from PyInstaller.utils.hooks.qt import add_qt6_dependencies

hiddenimports, binaries, datas = add_qt6_dependencies(__file__)
binaries = bundle_rules.keep_hook_entries(binaries)
datas = bundle_rules.keep_hook_entries(datas)
