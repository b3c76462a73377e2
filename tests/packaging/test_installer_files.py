"""The installers' scripts, checked without building: every file they name exists (or is what the
build makes), the version comes from the one place, and no uninstaller touches the records.

The Windows and macOS builds cannot run on this Linux machine, so their scripts are checked by
reading them, and the PyInstaller spec is executed with stand-ins for PyInstaller's classes as
if on Windows and on macOS, to see what it would hand PyInstaller there.
"""

from __future__ import annotations

import configparser
import os
import re
import subprocess
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path, PureWindowsPath
from typing import Any

import pytest
from PIL import Image

import coprod_desktop
from coprod_desktop.paths import default_data_dir

ROOT = Path(__file__).resolve().parents[2]
INSTALLERS = ROOT / "installers"
SPEC = INSTALLERS / "coprod-desktop.spec"
ISS = INSTALLERS / "windows" / "coprod.iss"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
VERSION = coprod_desktop.__version__


# -- the spec, run with stand-ins for PyInstaller -------------------------------------------------
class Recorder:
    """Stands in for Analysis, PYZ, EXE, COLLECT and BUNDLE: keeps what the spec passed."""

    made: list[Recorder]

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self.args = args
        self.kwargs = kwargs
        self.made.append(self)


def run_spec(platform: str, monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Recorder]]:
    made: dict[str, list[Recorder]] = {}

    def stand_in(kind: str) -> type[Recorder]:
        made[kind] = []
        return type(kind, (Recorder,), {"made": made[kind]})

    analysis = stand_in("Analysis")

    def analysis_init(self: Recorder, scripts: list[str], **kwargs: Any) -> None:
        Recorder.__init__(self, scripts, **kwargs)
        boot = [("pyiboot01_bootstrap", "bootstrap.py", "PYSOURCE")]
        self.scripts = boot + [(Path(s).stem, s, "PYSOURCE") for s in scripts]  # type: ignore[attr-defined]
        self.pure, self.binaries = [], []  # type: ignore[attr-defined]
        self.datas = [  # type: ignore[attr-defined]
            (f"{dest}/{Path(src).name}", src, "DATA") for src, dest in kwargs["datas"]
        ] + [("PySide6/Qt/translations/qtbase_de.qm", "x", "DATA")]

    analysis.__init__ = analysis_init  # type: ignore[method-assign]

    hooks = types.ModuleType("PyInstaller.utils.hooks")
    hooks.collect_submodules = lambda package, filter=None: [package]  # type: ignore[attr-defined]
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in ("VSVersionInfo", "FixedFileInfo", "StringFileInfo", "StringTable", "VarFileInfo"):
        setattr(versioninfo, name, stand_in(name))
    versioninfo.StringStruct = lambda key, value: (key, value)  # type: ignore[attr-defined]
    versioninfo.VarStruct = lambda key, value: (key, value)  # type: ignore[attr-defined]
    for name in ("PyInstaller", "PyInstaller.utils", "PyInstaller.utils.win32"):
        monkeypatch.setitem(sys.modules, name, types.ModuleType(name))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.hooks", hooks)
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32.versioninfo", versioninfo)
    monkeypatch.setattr(sys, "path", list(sys.path))
    monkeypatch.setattr(sys, "platform", platform)
    namespace = {
        "__file__": str(SPEC),
        "SPECPATH": str(INSTALLERS),
        "Analysis": analysis,
        **{kind: stand_in(kind) for kind in ("PYZ", "EXE", "COLLECT", "BUNDLE")},
    }
    exec(compile(SPEC.read_text(encoding="utf-8"), str(SPEC), "exec"), namespace)
    return made


def test_spec_carries_the_resources_the_code_reads_from_disk(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = run_spec("linux", monkeypatch)
    (analysis,) = made["Analysis"]
    datas = analysis.kwargs["datas"]
    for source, _dest in datas:
        assert Path(source).is_file(), source
    shipped = {f"{dest}/{Path(source).name}" for source, dest in datas}
    expected = {
        "resources/fonts/AtkinsonHyperlegible-Regular.ttf",
        "resources/fonts/wqy-microhei.ttc",
        "resources/fonts/OFL-Noto.txt",
        "resources/icons/coprod-16.png",
        "resources/icons/check-high-contrast.svg",
        "coprod_desktop/core/db/migrations/env.py",
        "coprod_desktop/core/db/migrations/script.py.mako",
        "coprod_desktop/core/rules/locales/uk.json",
        "./LICENSE",
    }
    assert expected <= shipped
    for revision in (ROOT / "coprod_desktop/core/db/migrations/versions").glob("0*.py"):
        assert f"coprod_desktop/core/db/migrations/versions/{revision.name}" in shipped
    # the entry scripts and our Qt hooks exist; each program runs only its own entry script
    for script in analysis.args[0]:
        assert Path(script).is_file()
    hook_dir = Path(analysis.kwargs["hookspath"][0])
    for module in ("QtCore", "QtGui", "QtWidgets"):
        assert (hook_dir / f"hook-PySide6.{module}.py").is_file()
    window, command = made["EXE"]
    assert window.kwargs["name"] == "coprod-desktop" and window.kwargs["console"] is False
    assert command.kwargs["name"] == "coprod" and command.kwargs["console"] is True
    assert [s[0] for s in window.args[1]] == ["pyiboot01_bootstrap", "coprod_desktop_gui"]
    assert [s[0] for s in command.args[1]] == ["pyiboot01_bootstrap", "coprod_cli"]
    (collect,) = made["COLLECT"]
    assert collect.kwargs["name"] == "coprod-desktop"
    collected = [entry[0] for entry in collect.args[3]]
    assert "PySide6/Qt/translations/qtbase_de.qm" not in collected  # the trim rules applied
    assert made["BUNDLE"] == []


def test_spec_on_macos_makes_an_app_whose_info_plist_takes_the_one_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = run_spec("darwin", monkeypatch)
    (bundle,) = made["BUNDLE"]
    kwargs = bundle.kwargs
    assert kwargs["name"] == "Coprod Desktop.app"
    assert Path(kwargs["icon"]).is_file() and kwargs["icon"].endswith(".icns")
    assert kwargs["version"] == VERSION
    assert kwargs["bundle_identifier"] == coprod_desktop.DESKTOP_ID
    plist = kwargs["info_plist"]
    assert plist["CFBundleShortVersionString"] == VERSION
    assert plist["CFBundleExecutable"] == "coprod-desktop"
    assert plist["LSBackgroundOnly"] is False  # a window app, though it carries a console tool
    for exe in made["EXE"]:
        assert exe.kwargs["icon"] == kwargs["icon"]


def test_spec_on_windows_gives_both_programs_the_icon_and_the_one_version(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    made = run_spec("win32", monkeypatch)
    for exe in made["EXE"]:
        assert exe.kwargs["icon"].endswith("coprod.ico") and Path(exe.kwargs["icon"]).is_file()
        info = exe.kwargs["version"]
        (string_info, _var_info) = info.kwargs["kids"]
        (table,) = string_info.args[0]
        strings = dict(table.args[1])
        assert strings["FileVersion"] == VERSION == strings["ProductVersion"]
        assert strings["OriginalFilename"] == f"{exe.kwargs['name']}.exe"


# -- Windows: the Inno Setup script ---------------------------------------------------------------
def iss_sections() -> dict[str, list[str]]:
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in ISS.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith(";"):
            continue
        match = re.fullmatch(r"\[(\w+)\]", line)
        if match:
            current = match.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


def test_inno_setup_script_names_only_files_that_exist_or_that_the_build_makes() -> None:
    sections = iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    referenced = [setup["LicenseFile"], setup["SetupIconFile"]]
    referenced += re.findall(r'Source: "([^"]+)"', "\n".join(sections["Files"]))
    assert len(referenced) >= 4
    products = ROOT / "dist" / "coprod-desktop"
    for name in referenced:
        path = Path(os.path.normpath(ISS.parent / PureWindowsPath(name).as_posix()))
        if path.is_relative_to(products):
            continue  # made by PyInstaller: the spec's COLLECT is named coprod-desktop (above)
        assert path.exists(), name
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', ISS.read_text(encoding="utf-8")))
    assert defines["AppExeName"] == "coprod-desktop.exe"  # the spec's window EXE
    assert "{app}\\{#AppExeName}" in "\n".join(sections["Icons"])


def test_inno_setup_installs_per_user_and_its_uninstaller_keeps_the_records() -> None:
    text = ISS.read_text(encoding="utf-8")
    sections = iss_sections()
    setup = dict(line.split("=", 1) for line in sections["Setup"])
    assert setup["PrivilegesRequired"] == "lowest"
    assert setup["DefaultDirName"].startswith("{autopf}")  # per user: %LOCALAPPDATA%\Programs
    assert "AppVersion={#AppVersion}" in sections["Setup"]
    assert VERSION not in text  # given by build.ps1 from coprod_desktop/__init__.py
    assert "UninstallDelete" not in sections and "InstallDelete" not in sections
    # the folder it tells the member their records are kept in is the app's real data folder
    defines = dict(re.findall(r'#define (\w+) "([^"]*)"', text))
    assert defines["DataFolderName"] == default_data_dir().name
    assert "desktopicon" in "\n".join(sections["Tasks"])


SCRIPT_VARIABLES = {
    "$RDNS": [coprod_desktop.DESKTOP_ID],
    "$APP_ID": [coprod_desktop.APP_ID],
    "$size": [str(size) for size in ICON_SIZES],
}


def referenced_repo_paths(script: Path) -> set[str]:
    """Repository paths a script names, with its loop and id variables filled in."""
    text = script.read_text(encoding="utf-8")
    found = re.findall(r"(?<![\w$])((?:installers|resources)[\\/][\w.\\/$-]+)", text)
    names = {name.replace("\\", "/").rstrip(".") for name in found}
    for variable, values in SCRIPT_VARIABLES.items():
        names = {
            expanded
            for name in names
            for expanded in (
                [name.replace(variable, v) for v in values] if variable in name else [name]
            )
        }
    return names


@pytest.mark.parametrize(
    "script",
    ["windows/build.ps1", "macos/build_dmg.sh", "linux/build.sh", "linux/stage.sh"],
)
def test_build_scripts_name_only_files_that_exist(script: str) -> None:
    names = referenced_repo_paths(INSTALLERS / script)
    assert "installers/project_info.py" in names  # the version, read at build time
    for name in names:
        assert "$" not in name, f"{script}: fill in the variable in {name}"
        assert (ROOT / name).exists(), f"{script} names {name}"
    text = (INSTALLERS / script).read_text(encoding="utf-8")
    assert VERSION not in text  # read at build time from coprod_desktop/__init__.py


# -- Linux: desktop entry, AppStream, icons, install and uninstall --------------------------------
def test_desktop_entry_and_metainfo_agree_with_the_app() -> None:
    desktop_id = coprod_desktop.DESKTOP_ID
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(INSTALLERS / "linux" / f"{desktop_id}.desktop", encoding="utf-8")
    main = entry["Desktop Entry"]
    assert main["Name"] == coprod_desktop.APP_NAME
    assert main["Icon"] == coprod_desktop.APP_ID
    assert main["Exec"].split()[0] == "coprod-desktop" and main["Type"] == "Application"
    meta = ET.parse(INSTALLERS / "linux" / f"{desktop_id}.metainfo.xml.in").getroot()
    assert meta.findtext("id") == desktop_id
    assert meta.findtext("launchable") == f"{desktop_id}.desktop"
    assert meta.findtext("icon") == coprod_desktop.APP_ID
    assert meta.findtext("project_license") == "GPL-3.0-or-later"
    assert meta.find("releases/release").get("version") == "@VERSION@"  # type: ignore[union-attr]
    pyproject = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    assert 'license = { text = "GPL-3.0-or-later" }' in pyproject
    assert 'version = { attr = "coprod_desktop.__version__" }' in pyproject


def test_icons_exist_at_every_standard_size_and_in_the_windows_and_mac_formats() -> None:
    icons = ROOT / "resources" / "icons"
    for size in ICON_SIZES:
        with Image.open(icons / f"coprod-{size}.png") as image:
            assert image.size == (size, size) and image.mode == "RGBA"
            # opaque in the middle (the page), transparent in the corner (rounded cover)
            assert image.getpixel((size // 2, size // 2))[3] == 255
            assert image.getpixel((0, 0))[3] < 128
    with Image.open(icons / "coprod.ico") as ico:
        assert {(s, s) for s in ICON_SIZES if s <= 256} <= ico.info["sizes"]
    with Image.open(icons / "coprod.icns") as icns:
        assert (512, 512, 2) in icns.info["sizes"] and (16, 16, 2) in icns.info["sizes"]


def test_install_puts_the_app_in_the_menu_and_uninstall_keeps_the_records(
    tmp_path: Path,
) -> None:
    """stage.sh around a stand-in bundle, then install.sh and uninstall.sh as a member runs them."""
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    for program in ("coprod-desktop", "coprod"):
        (bundle / program).write_text("#!/bin/sh\necho stand-in\n")
        (bundle / program).chmod(0o755)
    stage = tmp_path / "stage"
    env = {"PATH": "/usr/bin:/bin", "HOME": str(tmp_path / "home"), "PYTHON": sys.executable}
    subprocess.run(
        [str(INSTALLERS / "linux" / "stage.sh"), str(bundle), str(stage)], check=True, env=env
    )
    home = tmp_path / "home"
    records = home / ".local" / "share" / "coprod-desktop"
    records.mkdir(parents=True)
    (records / "coprod.sqlite3").write_bytes(b"the member's records")
    subprocess.run(
        [str(stage / "install.sh")], check=True, env=env, capture_output=True, cwd=tmp_path
    )
    local = home / ".local"
    app = local / "lib" / "coprod-desktop"
    assert (local / "bin" / "coprod").resolve() == app / "coprod"
    menu = (local / "share/applications" / f"{coprod_desktop.DESKTOP_ID}.desktop").read_text()
    assert f'Exec="{app}/coprod-desktop"' in menu
    for size in ICON_SIZES:
        assert (local / f"share/icons/hicolor/{size}x{size}/apps/coprod-desktop.png").is_file()
    metainfo = (local / "share/metainfo" / f"{coprod_desktop.DESKTOP_ID}.metainfo.xml").read_text()
    assert f'version="{VERSION}"' in metainfo and "@" not in metainfo

    done = subprocess.run(
        [str(app / "uninstall.sh")], check=True, env=env, capture_output=True, text=True
    )
    assert not app.exists() and not (local / "bin" / "coprod").exists()
    assert not (local / "share/applications" / f"{coprod_desktop.DESKTOP_ID}.desktop").exists()
    assert (records / "coprod.sqlite3").read_bytes() == b"the member's records"
    assert "still in" in done.stdout
