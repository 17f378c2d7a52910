"""``python -m vndiplo`` runs the command line."""

import sys

from vndiplo._cli import main

sys.exit(main())
