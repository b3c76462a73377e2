"""The records and every rule about them. Never imports Qt or the window layer."""
