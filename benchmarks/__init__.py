"""The performance benchmark: `python -m benchmarks` (see run.py and the README)."""
