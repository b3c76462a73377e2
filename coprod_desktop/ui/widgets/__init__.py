"""Widgets of our own that the Designer forms use by promotion, and the dashboard's charts."""
