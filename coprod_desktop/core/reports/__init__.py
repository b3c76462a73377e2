"""Documents the member produces: PDFs and CSVs. Plain data in, bytes out; no database, no Qt.

Every PDF goes through `base.DocumentRenderer`, every piece of member text through
`text.TextBlock`, so escaping, scripts and large print are solved once.
"""
