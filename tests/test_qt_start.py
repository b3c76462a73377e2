"""When Qt cannot start, the window says why in one sentence: no traceback, no Qt abort.

The no-display and dead-display cases run the real `coprod-desktop` in a child process; the
missing-library cases simulate what a bare Debian machine does (the import of Qt failing, and
`ldd` finding libraries missing), since this machine has them all.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coprod_desktop import __version__, qt_start

ROOT = Path(__file__).resolve().parents[1]
BARE_DEBIAN_MISSING = [
    "libglib-2.0.so.0",
    "libxcb-cursor.so.0",
    "libxcb-icccm.so.4",
    "libxcb-keysyms.so.1",
    "libxcb-shape.so.0",
    "libxkbcommon-x11.so.0",
]


def window(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    clean = {k: v for k, v in os.environ.items() if k not in {"DISPLAY", "WAYLAND_DISPLAY"}}
    clean.pop("QT_QPA_PLATFORM", None)
    clean.update(env)
    clean["PYTHONPATH"] = str(ROOT)
    return subprocess.run(
        [sys.executable, "-m", "coprod_desktop.app", *args],
        capture_output=True,
        text=True,
        env=clean,
        timeout=120,
        cwd=ROOT,
    )


def assert_one_sentence(stderr: str) -> str:
    assert "Traceback" not in stderr
    assert "Reinstalling" not in stderr and "reinstall" not in stderr.lower()
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    return lines[0]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="DISPLAY is how Linux finds X")
def test_no_display_says_so_and_suggests_xvfb_run(tmp_path: Path) -> None:
    done = window("--data-dir", str(tmp_path / "data"))
    assert done.returncode == 1
    line = assert_one_sentence(done.stderr)
    assert "no display" in line and "xvfb-run coprod-desktop" in line
    assert not (tmp_path / "data").exists()  # nothing was made


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the xcb plugin is Linux's")
def test_a_display_nobody_answers_is_one_sentence_not_a_qt_abort(tmp_path: Path) -> None:
    done = window("--data-dir", str(tmp_path / "data"), DISPLAY=":987", QT_QPA_PLATFORM="xcb")
    assert done.returncode == 1
    line = assert_one_sentence(done.stderr)
    assert "no display answers at ':987'" in line and "xvfb-run" in line


def test_version_is_the_packages_own() -> None:
    done = window("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"coprod-desktop {__version__}"


def test_missing_libraries_name_debian_and_fedora_packages() -> None:
    def failing_import() -> object:
        raise ImportError("libglib-2.0.so.0: cannot open shared object file: No such file")

    env = {"DISPLAY": ":0"}
    with pytest.raises(qt_start.QtCannotStart) as caught:
        qt_start.import_qt(env, probe=lambda path: BARE_DEBIAN_MISSING, importer=failing_import)
    sentence = str(caught.value)
    assert "\n" not in sentence
    assert (
        "sudo apt-get install libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 "
        "libxcb-shape0 libxkbcommon-x11-0'" in sentence
    )
    assert "sudo dnf install glib2 xcb-util-cursor xcb-util-wm xcb-util-keysyms libxcb " in sentence
    assert "libxcb-cursor.so.0" in sentence and "(Fedora)" in sentence


def test_missing_library_found_only_by_the_import_error_is_still_named() -> None:
    def failing_import() -> object:
        raise ImportError("libEGL.so.1: cannot open shared object file: No such file or directory")

    with pytest.raises(qt_start.QtCannotStart, match=r"apt-get install libegl1' \(Debian"):
        qt_start.import_qt({}, probe=lambda path: [], importer=failing_import)


def test_qt_fatal_with_libraries_missing_names_the_packages() -> None:
    messages = [
        "From 6.5.0, xcb-cursor0 or libxcb-cursor0 is needed to load the Qt xcb platform plugin.",
        'Could not load the Qt platform plugin "xcb" in "" even though it was found.',
        "This application failed to start because no Qt platform plugin could be initialized. "
        "Reinstalling the application may fix this problem.",
    ]
    sentence = qt_start.fatal_sentence(
        messages, {"DISPLAY": ":0"}, probe=lambda path: ["libxcb-cursor.so.0", "libxcb-xkb.so.1"]
    )
    assert "Reinstalling" not in sentence
    assert "apt-get install libxcb-cursor0 libxcb-xkb1'" in sentence
    assert "dnf install xcb-util-cursor libxcb'" in sentence


def test_unknown_plugin_failure_still_one_sentence_with_what_qt_said() -> None:
    sentence = qt_start.fatal_sentence(
        ["qt.qpa.plugin: something odd\nsecond line"],
        {"QT_QPA_PLATFORM": "eglfs"},
        probe=lambda path: [],
    )
    assert "'eglfs'" in sentence and "something odd" in sentence and "\n" not in sentence


def test_no_display_only_on_linux_and_only_without_a_platform() -> None:
    assert qt_start.no_display_sentence({}, "linux") is not None
    assert qt_start.no_display_sentence({"QT_QPA_PLATFORM": "offscreen"}, "linux") is None
    assert qt_start.no_display_sentence({"WAYLAND_DISPLAY": "wayland-0"}, "linux") is None
    assert qt_start.no_display_sentence({}, "win32") is None


def test_self_test_with_qt_libraries_missing_is_one_sentence(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from coprod_desktop import app

    def check(env: object = None) -> str:
        return qt_start.missing_libraries_sentence(["libxkbcommon.so.0"])

    monkeypatch.setattr(qt_start, "check_before_qt", check)
    monkeypatch.delenv("QT_QPA_PLATFORM", raising=False)
    assert app.main(["--self-test"]) == 1
    line = assert_one_sentence(capsys.readouterr().err)
    assert "libxkbcommon0" in line and "libxkbcommon'" in line
    assert os.environ["QT_QPA_PLATFORM"] == "offscreen"  # the self-test needs no display
