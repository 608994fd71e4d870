"""Public names of a package loaded on first use, so that importing one part of the package
does not import all of it (the command line's start-up, issue 16).

    __getattr__, __dir__ = lazy_names(__name__, {"Timeline": "timeline.api"})

A package keeps the same names under `if TYPE_CHECKING:` imports, so that a type checker
still sees them and a misspelt name stays an error.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Callable, Mapping
from typing import Any


def lazy_names(
    package: str, modules: Mapping[str, str]
) -> tuple[Callable[[str], Any], Callable[[], list[str]]]:
    """A module `__getattr__` that imports each name of `modules` from the module it maps to on
    first use and keeps it as the package's, and the `__dir__` that lists those names too.
    """

    def __getattr__(name: str) -> Any:
        module = modules.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(module), name)
        setattr(sys.modules[package], name, value)
        return value

    def __dir__() -> list[str]:
        return sorted({*vars(sys.modules[package]), *modules})

    return __getattr__, __dir__
