# Which asyncio exceptions are which? Print their bases (a tutorial's aside on 3.11 changes).
import asyncio
import concurrent.futures

for exc in [asyncio.CancelledError, asyncio.TimeoutError, asyncio.InvalidStateError,
            asyncio.IncompleteReadError, asyncio.LimitOverrunError, asyncio.QueueEmpty,
            asyncio.QueueFull, asyncio.BrokenBarrierError, asyncio.SendfileNotAvailableError]:
    print(f"{exc.__module__}.{exc.__qualname__}: {[b.__name__ for b in exc.__mro__[1:]]}")

print(asyncio.TimeoutError is TimeoutError, concurrent.futures.TimeoutError is TimeoutError)
print(issubclass(asyncio.CancelledError, Exception), issubclass(asyncio.CancelledError, BaseException))
e = asyncio.IncompleteReadError(b"abc", 10)
print(e, e.partial, e.expected)
print(asyncio.LimitOverrunError("too long", 5).consumed)
