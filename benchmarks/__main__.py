"""`python -m benchmarks [--scale N] [--data-dir DIR] [--quick] [--json FILE]`."""

import sys

from benchmarks.run import main

sys.exit(main())
