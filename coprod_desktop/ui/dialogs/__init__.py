"""The record forms: activity, expense, organisation, agreement and terms, claim, payment.

Each dialog takes the services and, for records, the page's `save` callable (which stores the
record and pushes the undo command), so a dialog never decides how a change is recorded.
"""
