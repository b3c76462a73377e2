"""The Qt window: main window, pages, table models, undo commands and background tasks.

Nothing here computes a fee, a total or a tax year; every figure comes from the core's services.
"""
