"""Record sets: several people's records on one computer, by name, never crossing."""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from coprod_desktop.cli import main
from coprod_desktop.core.domain.errors import UserError
from coprod_desktop.core.io import keys
from coprod_desktop.core.io.record_sets import (
    DEFAULT_NAME,
    RecordSets,
    records_title,
)
from coprod_desktop.paths import default_data_dir, resolve_data_dir

CHEAP = keys.KdfParams(time_cost=1, memory_kib=64, parallelism=1)


def coprod(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def all_bytes(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_the_default_folder_is_the_first_record_set_until_others_are_made() -> None:
    registry = RecordSets()
    assert [(s.name, s.folder) for s in registry.sets()] == [(DEFAULT_NAME, default_data_dir())]
    assert registry.last_used() is None
    assert resolve_data_dir().root == default_data_dir()
    assert not registry.file.exists()  # listing writes nothing


def test_new_sets_get_their_own_folder_beside_never_inside_another(tmp_path: Path) -> None:
    registry = RecordSets()
    dafydd = registry.add("Dafydd ap Gwilym")
    assert dafydd.folder.name == "dafydd-ap-gwilym"
    assert not str(dafydd.folder).startswith(str(default_data_dir()) + "/")
    assert stat.S_IMODE(registry.file.stat().st_mode) == 0o600
    with pytest.raises(UserError, match='already records called "Dafydd ap Gwilym"'):
        registry.add("dafydd AP gwilym")
    with pytest.raises(UserError, match="inside the records called"):
        registry.add("Nested", default_data_dir() / "inner")
    with pytest.raises(UserError, match="Type a name"):
        registry.add("   ")
    assert registry.names() == [DEFAULT_NAME, "Dafydd ap Gwilym"]


def test_titles_say_whose_records() -> None:
    assert records_title("Rukhsana") == "Rukhsana's records"
    assert records_title("Sample records") == "Sample records"


def test_unknown_name_lists_the_known_ones(capsys: pytest.CaptureFixture[str]) -> None:
    coprod(capsys, "records", "new", "Mam")
    code, out, err = coprod(capsys, "--records", "Tad", "list", "orgs")
    assert code == 1 and out == ""
    assert err.strip() == (
        'coprod: There are no records called "Tad" on this computer; the records here are '
        '"My records", "Mam" (see `coprod records list`).'
    )


def test_records_option_before_or_after_the_command_and_the_environment(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    coprod(capsys, "init", "--name", "Rukhsana Begum")  # the default set, named from her profile
    assert coprod(capsys, "records", "new", "Dafydd")[1] == "Dafydd\n"
    coprod(capsys, "--records", "Dafydd", "init", "--name", "Dafydd Jones")
    coprod(
        capsys,
        "org",
        "add",
        "--name",
        "Hywel Dda Health Board",
        "--code",
        "HDD",
        "--records",
        "Dafydd",
    )
    coprod(capsys, "org", "add", "--name", "Riverside NHS Trust", "--code", "RNT")

    code, out, err = coprod(capsys, "--records", "dafydd", "list", "orgs", "--json")
    assert code == 0, (out, err)
    assert [o["code"] for o in json.loads(out)] == ["HDD"]
    code, out, _ = coprod(capsys, "list", "orgs", "--json", "--records=Dafydd")
    assert [o["code"] for o in json.loads(out)] == ["HDD"]
    monkeypatch.setenv("COPROD_RECORDS", "Dafydd")
    code, out, _ = coprod(capsys, "list", "orgs", "--json")
    assert [o["code"] for o in json.loads(out)] == ["HDD"]
    # typed on the command line beats the environment
    code, out, _ = coprod(capsys, "--records", "Rukhsana Begum", "list", "orgs", "--json")
    assert [o["code"] for o in json.loads(out)] == ["RNT"]
    monkeypatch.delenv("COPROD_RECORDS")
    code, out, _ = coprod(capsys, "list", "orgs", "--json")
    assert [o["code"] for o in json.loads(out)] == ["RNT"]
    with pytest.raises(SystemExit) as usage:
        main(["--records", "Dafydd", "--data-dir", "/tmp/x", "list", "orgs"])
    assert usage.value.code == 2


def test_list_rename_and_the_one_used_last(capsys: pytest.CaptureFixture[str]) -> None:
    coprod(capsys, "init", "--name", "Rukhsana Begum")
    coprod(capsys, "records", "new", "Mam")
    registry = RecordSets()
    registry.remember_last("Mam")
    code, out, _ = coprod(capsys, "records", "list", "--json")
    rows = {r["name"]: r for r in json.loads(out)["records"]}
    assert set(rows) == {"Rukhsana Begum", "Mam"}  # the default set is named from the profile
    assert rows["Mam"]["last_used"] and not rows["Rukhsana Begum"]["last_used"]
    assert resolve_data_dir().root == registry.find("Mam").folder
    assert coprod(capsys, "records", "rename", "Mam", "Mother")[1] == "Mother\n"
    assert RecordSets().last_used().name == "Mother"  # type: ignore[union-attr]
    code, _out, err = coprod(capsys, "records", "rename", "Mother", "Rukhsana Begum")
    assert code == 1 and "already records called" in err
    code, out, _ = coprod(capsys, "records", "list")
    assert "Mother  (used last)" in out


def test_forgetting_keeps_the_files_and_deleting_needs_asking_twice(
    capsys: pytest.CaptureFixture[str],
) -> None:
    coprod(capsys, "records", "new", "Mam")
    coprod(capsys, "--records", "Mam", "init", "--name", "Mam")
    folder = RecordSets().find("Mam").folder
    before = sorted(p.name for p in folder.iterdir())

    code, out, err = coprod(capsys, "records", "forget", "Mam", "--delete-files")
    assert code == 1 and "give --delete-files twice" in err and "nothing was changed" in err
    assert "Mam" in RecordSets().names()

    code, out, err = coprod(capsys, "records", "forget", "Mam")
    assert code == 0 and out == f"{folder}\n" and f"still in {folder}" in err
    assert "Mam" not in RecordSets().names()
    assert sorted(p.name for p in folder.iterdir()) == before

    RecordSets().add("Mam again", folder)
    code, _out, err = coprod(
        capsys, "records", "forget", "Mam again", "--delete-files", "--delete-files"
    )
    assert code == 0 and not folder.exists() and "deleted" in err


def test_forgetting_refuses_records_open_elsewhere_and_folders_that_are_not_records(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    from coprod_desktop.core.services import open_services

    coprod(capsys, "records", "new", "Mam")
    services = open_services(RecordSets().find("Mam").folder)
    try:
        code, _out, err = coprod(capsys, "records", "forget", "Mam")
    finally:
        services.close()
    assert code == 1 and "open in Coprod Desktop now" in err
    assert "Mam" in RecordSets().names()

    papers = tmp_path / "papers"
    papers.mkdir()
    (papers / "letter.txt").write_text("keep me")
    RecordSets().add("Wrong folder", papers)
    code, _out, err = coprod(
        capsys, "records", "forget", "Wrong folder", "--delete-files", "--delete-files"
    )
    assert code == 1 and "does not look like a records folder" in err
    assert (papers / "letter.txt").read_text() == "keep me"
    assert "Wrong folder" in RecordSets().names()


def test_two_people_one_protected_never_cross(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Records, backups and exports of one record set never hold the other's records."""
    monkeypatch.setattr(keys, "DEFAULT_KDF", CHEAP)
    monkeypatch.setenv("COPROD_TODAY", "2026-11-20")
    coprod(capsys, "init", "--name", "Rukhsana Begum")
    coprod(capsys, "org", "add", "--name", "RUKHSANA-CANARY Trust", "--code", "RNT")
    coprod(capsys, "records", "new", "Dafydd")
    coprod(capsys, "--records", "Dafydd", "init", "--name", "Dafydd Jones")
    coprod(
        capsys,
        "--records",
        "Dafydd",
        "org",
        "add",
        "--name",
        "DAFYDD-CANARY Board",
        "--code",
        "HDD",
    )
    monkeypatch.setenv("COPROD_NEW_PASSPHRASE", "dafydd's own long passphrase")
    code, _out, err = coprod(capsys, "--records", "Dafydd", "encryption", "on")
    assert code == 0, err
    monkeypatch.delenv("COPROD_NEW_PASSPHRASE")

    code, _out, err = coprod(capsys, "--records", "Dafydd", "list", "orgs")
    assert code == 1 and "passphrase" in err  # locked until its own passphrase is given
    monkeypatch.setenv("COPROD_PASSPHRASE", "dafydd's own long passphrase")
    for name in ("Rukhsana Begum", "Dafydd"):
        assert coprod(capsys, "--records", name, "backup")[0] == 0
        out_file = tmp_path / f"{name}.json"
        assert coprod(capsys, "--records", name, "export", "json", str(out_file))[0] == 0
    monkeypatch.delenv("COPROD_PASSPHRASE")
    assert coprod(capsys, "list", "orgs")[1].count("RUKHSANA-CANARY") == 1

    registry = RecordSets()
    rukhsana, dafydd = registry.find("Rukhsana Begum"), registry.find("Dafydd")
    assert dafydd.protected and not rukhsana.protected
    assert b"DAFYDD-CANARY" not in all_bytes(rukhsana.folder)
    assert b"RUKHSANA-CANARY" not in all_bytes(dafydd.folder)
    assert b"DAFYDD-CANARY" not in all_bytes(dafydd.folder)  # encrypted at rest
    assert list((rukhsana.folder / "backups").iterdir())
    assert list((dafydd.folder / "backups").iterdir())
    assert b"DAFYDD-CANARY" not in (tmp_path / "Rukhsana Begum.json").read_bytes()
    assert b"RUKHSANA-CANARY" not in (tmp_path / "Dafydd.json").read_bytes()
    assert b"DAFYDD-CANARY" in (tmp_path / "Dafydd.json").read_bytes()
