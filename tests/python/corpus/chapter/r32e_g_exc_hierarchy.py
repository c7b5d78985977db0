# where do asyncio's errors fit in the exception tree?
import asyncio

for exc in (asyncio.CancelledError, asyncio.TimeoutError, asyncio.InvalidStateError,
            asyncio.QueueEmpty, asyncio.QueueFull, asyncio.IncompleteReadError,
            asyncio.LimitOverrunError, asyncio.BrokenBarrierError):
    print(f'{exc.__name__:>20}: {exc.__module__}, bases {[b.__name__ for b in exc.__bases__]}')
print(asyncio.TimeoutError is TimeoutError)
print(asyncio.CancelledError is __import__('concurrent.futures').futures.CancelledError)
