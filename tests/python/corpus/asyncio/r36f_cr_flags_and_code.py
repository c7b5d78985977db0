# Peek at code flags that mark coroutine, async generator and generator functions.
import asyncio
import inspect

async def coro():
    await asyncio.sleep(0)

async def agen():
    yield 1

def gen():
    yield 1

for fn in (coro, agen, gen):
    flags = fn.__code__.co_flags
    print(f"{fn.__name__:5} coroutine={bool(flags & inspect.CO_COROUTINE)} "
          f"asyncgen={bool(flags & inspect.CO_ASYNC_GENERATOR)} generator={bool(flags & inspect.CO_GENERATOR)}")
c = coro()
print(c.cr_code is coro.__code__, c.cr_running, c.cr_await, c.cr_frame.f_lineno)
c.close()
print(asyncio.run(coro()))
