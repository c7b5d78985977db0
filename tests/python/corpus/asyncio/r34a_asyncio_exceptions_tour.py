# The asyncio exception classes: their bases and messages as constructed by hand
import asyncio

for name in ["CancelledError", "TimeoutError", "InvalidStateError", "IncompleteReadError",
             "LimitOverrunError", "QueueEmpty", "QueueFull", "BrokenBarrierError",
             "SendfileNotAvailableError"]:
    cls = getattr(asyncio, name)
    print(f"{name:26} {cls.__module__:20} bases={[b.__name__ for b in cls.__bases__]}")
print(asyncio.TimeoutError is TimeoutError, asyncio.exceptions.TimeoutError is TimeoutError)
print(repr(asyncio.IncompleteReadError(b"ab", 10)))
print(str(asyncio.IncompleteReadError(b"ab", None)))
print(repr(asyncio.LimitOverrunError("too long", 7)))
print(repr(asyncio.QueueEmpty()), repr(asyncio.CancelledError("m")))
