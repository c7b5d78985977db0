import asyncio

print(asyncio.TimeoutError is TimeoutError)
print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
print(asyncio.InvalidStateError.__mro__[1].__name__)
print(asyncio.QueueEmpty.__mro__[1].__name__, asyncio.QueueFull.__mro__[1].__name__)
print(issubclass(asyncio.BrokenBarrierError, RuntimeError))
print(asyncio.SendfileNotAvailableError.__mro__[1].__name__)
err = asyncio.IncompleteReadError(b"abc", 10)
print(err)
print(err.partial, err.expected, isinstance(err, EOFError))
lim = asyncio.LimitOverrunError("separator not found", 42)
print(lim, lim.consumed)
for name in ["CancelledError", "TimeoutError", "InvalidStateError", "QueueEmpty"]:
    cls = getattr(asyncio, name)
    print(f"{name:18} {cls.__module__}")
