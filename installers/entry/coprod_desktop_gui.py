"""PyInstaller entry point for the window (`coprod-desktop`), as the installed script has it."""

import sys

from coprod_desktop.app import main

if __name__ == "__main__":
    sys.exit(main())
