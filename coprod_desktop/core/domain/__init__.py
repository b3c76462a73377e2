"""Plain types that cross the boundary between the core and its callers (window, command)."""
