# docs "Exceptions" page: the asyncio exception classes and their bases
import asyncio

for name in ['TimeoutError', 'CancelledError', 'InvalidStateError',
             'SendfileNotAvailableError', 'IncompleteReadError',
             'LimitOverrunError', 'QueueEmpty', 'QueueFull',
             'BrokenBarrierError']:
    cls = getattr(asyncio, name)
    print(name, cls.__module__, [b.__name__ for b in cls.__mro__[1:]])

e = asyncio.IncompleteReadError(b'abc', 10)
print(str(e), e.partial, e.expected)
print(repr(asyncio.IncompleteReadError(b'xy', None)))
l = asyncio.LimitOverrunError('too long', 5)
print(str(l), l.consumed, l.args)
print(issubclass(asyncio.CancelledError, Exception),
      issubclass(asyncio.CancelledError, BaseException))
print(asyncio.TimeoutError is TimeoutError)
print(asyncio.exceptions.__all__)
try:
    raise asyncio.InvalidStateError("bad state")
except Exception as exc:
    print(type(exc).__qualname__, exc)
