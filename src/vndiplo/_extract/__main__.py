"""``python -m vndiplo._extract FILE [--published YYYY-MM-DD] [--json]``."""

from __future__ import annotations

import sys

from vndiplo._extract.cli import main

if __name__ == "__main__":
    sys.exit(main())
