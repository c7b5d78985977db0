# which built-in errors do asyncio's errors derive from?
import asyncio

for cls in (asyncio.CancelledError, asyncio.TimeoutError, asyncio.InvalidStateError,
            asyncio.QueueEmpty, asyncio.QueueFull, asyncio.IncompleteReadError,
            asyncio.LimitOverrunError, asyncio.BrokenBarrierError, RecursionError,
            ModuleNotFoundError, UnboundLocalError, BaseExceptionGroup):
    print(f"{cls.__module__}.{cls.__qualname__}:", [b.__name__ for b in cls.__mro__[1:-1]])
raise asyncio.InvalidStateError("state")
