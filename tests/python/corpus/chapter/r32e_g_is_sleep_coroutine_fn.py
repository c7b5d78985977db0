# checking which of asyncio's functions are coroutine functions
import asyncio
import inspect

async def worker():
    await asyncio.sleep(0.01)

for fn in (worker, asyncio.sleep, asyncio.gather, asyncio.wait, asyncio.wait_for, asyncio.create_task):
    print(f'{fn.__name__:>12}: asyncio says {asyncio.iscoroutinefunction(fn)!s:5}, '
          f'inspect says {inspect.iscoroutinefunction(fn)}')
