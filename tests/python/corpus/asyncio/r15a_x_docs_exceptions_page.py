# The asyncio exceptions page: each exception class, its bases and its message
import asyncio

names = ["TimeoutError", "CancelledError", "InvalidStateError", "SendfileNotAvailableError",
         "IncompleteReadError", "LimitOverrunError", "BrokenBarrierError", "QueueEmpty", "QueueFull"]
for name in names:
    cls = getattr(asyncio, name)
    print(f"{name:26} {cls.__module__:20} bases={[b.__name__ for b in cls.__bases__]}")

e = asyncio.IncompleteReadError(b"abc", 10)
print(str(e), "|", e.partial, e.expected, "|", repr(e))
e2 = asyncio.IncompleteReadError(b"", None)
print(str(e2))
l = asyncio.LimitOverrunError("Separator is not found", 5)
print(str(l), l.consumed, repr(l))
print(issubclass(asyncio.IncompleteReadError, EOFError), asyncio.TimeoutError is TimeoutError)
