"""Keeps wasmpy's fault handler first when ``faulthandler`` changes signal
handlers.

Out-of-bounds memory accesses in wasm are hardware faults that the engine's
SIGSEGV/SIGBUS/SIGFPE handler turns into ``wasmpy.Trap``. ``faulthandler``
installs its own handler for these signals in front of ours on
``enable()`` and puts its predecessor back on ``disable()``, either of which
would make every trap a fatal error. So its functions are wrapped: after
each, ``_native.ensure_fault_handler()`` puts ours back in front, chaining to
faulthandler's (which still dumps tracebacks for faults outside wasm).
Instantiation does the same for handlers changed by other means.
"""

import faulthandler
import functools
from typing import Any, Callable

from ._native import ensure_fault_handler

_WRAPPED = ("enable", "disable", "register", "unregister")


def _keep_ours_first(fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return fn(*args, **kwargs)
        finally:
            ensure_fault_handler()

    wrapper.__wasmpy_wrapped__ = True  # type: ignore[attr-defined]
    return wrapper


def install() -> None:
    """Wraps ``faulthandler``'s functions (once) and puts our handler first."""
    for name in _WRAPPED:
        fn = getattr(faulthandler, name, None)
        if fn is not None and not getattr(fn, "__wasmpy_wrapped__", False):
            setattr(faulthandler, name, _keep_ours_first(fn))
    ensure_fault_handler()
