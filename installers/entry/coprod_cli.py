"""PyInstaller entry point for the command (`coprod`): the same entry as the installed script."""

from coprod_desktop.cli import entry

if __name__ == "__main__":
    entry()
