# The asyncio exception classes: their bases and module names
import asyncio

for name in ["CancelledError", "TimeoutError", "InvalidStateError", "QueueEmpty",
             "QueueFull", "IncompleteReadError", "LimitOverrunError",
             "BrokenBarrierError", "SendfileNotAvailableError"]:
    cls = getattr(asyncio, name)
    print(f"{name:26} {cls.__module__:20} {[b.__name__ for b in cls.__mro__[1:]]}")
print(asyncio.TimeoutError is TimeoutError)
print(issubclass(asyncio.CancelledError, Exception))
print(repr(asyncio.CancelledError("why")), str(asyncio.InvalidStateError("x")))
e = asyncio.IncompleteReadError(b"ab", 5)
print(e, e.args)
