"""Coprod Desktop: a member's own record of involvement and co-production work."""

__version__ = "0.1.0"
APP_NAME = "Coprod Desktop"
APP_ID = "coprod-desktop"
