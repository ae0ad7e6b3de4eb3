"""``python -m framing``: the same as the ``framing`` command."""

from .cli import main

raise SystemExit(main())
