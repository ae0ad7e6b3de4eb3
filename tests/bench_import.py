"""Import a bench script as a module in a test, as running it would. Tests only: the bench
scripts are not a package, and they find their neighbours (``_common.py``, ``dataset.py``,
``score.py``, ``type_model.py``) in their own folder."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

BENCH = Path(__file__).resolve().parents[1] / "bench"
REALNEWS = BENCH / "realnews"


def load_script(path: Path, name: str) -> ModuleType:
    """Import the script ``path`` as the module ``name``. Its folder is first on
    ``sys.path`` while it loads, as when it runs; afterwards the path is as it was, and the
    neighbours it imported are forgotten (another folder may have a ``score.py`` too). The
    module itself stays registered under ``name``: dataclasses look their module up by
    name."""
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    before_path, before_modules = list(sys.path), set(sys.modules)
    sys.path.insert(0, str(path.parent))
    try:
        spec.loader.exec_module(module)
    finally:
        sys.path[:] = before_path
        for added in set(sys.modules) - before_modules:
            where = getattr(sys.modules[added], "__file__", None) or ""
            if Path(where).parent == path.parent:
                del sys.modules[added]
    return module
