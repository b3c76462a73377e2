"""Files in and out: attachments store, JSON and CSV import/export, calendar import, backups."""
