from coprod_desktop.cli import entry

entry()
