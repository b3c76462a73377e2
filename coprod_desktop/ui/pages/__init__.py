"""The window's pages: Dashboard, the record lists, Settings."""
