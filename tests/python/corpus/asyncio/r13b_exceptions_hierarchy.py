import asyncio

print(issubclass(asyncio.CancelledError, BaseException), issubclass(asyncio.CancelledError, Exception))
print(asyncio.TimeoutError is TimeoutError)
print(issubclass(asyncio.InvalidStateError, Exception))
print(issubclass(asyncio.IncompleteReadError, EOFError))
print(issubclass(asyncio.LimitOverrunError, Exception))
print(asyncio.QueueEmpty.__mro__[1].__name__, asyncio.QueueFull.__module__)
e = asyncio.IncompleteReadError(b"abc", 10)
print(e, e.partial, e.expected)
print(asyncio.SendfileNotAvailableError.__mro__[1].__name__)
print(asyncio.BrokenBarrierError.__mro__[1].__name__)
try:
    raise asyncio.CancelledError("why")
except asyncio.CancelledError as err:
    print("caught", repr(err))
