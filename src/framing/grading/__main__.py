"""``python -m framing.grading templates [--force]``."""

from __future__ import annotations

import sys

from .templates import main

sys.exit(main())
