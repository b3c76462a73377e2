"""Coprod Desktop: a member's own record of involvement and co-production work.

The one place for the version and the app's names: pyproject (setuptools dynamic version), the
About dialog, the installers (installers/project_info.py reads this file) all take them from here.
"""

__version__ = "0.1.0"
APP_NAME = "Coprod Desktop"
APP_ID = "coprod-desktop"
#: Reverse-DNS id: the Linux .desktop and AppStream file names, the macOS bundle identifier.
DESKTOP_ID = "org.coprod.CoprodDesktop"
