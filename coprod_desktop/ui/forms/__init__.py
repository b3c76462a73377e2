"""Generated from ../../../ui/*.ui by build_forms: never edit by hand."""
