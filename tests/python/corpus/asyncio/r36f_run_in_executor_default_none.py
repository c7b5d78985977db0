# loop.run_in_executor(None, ...) with positional args and functools.partial for keywords.
import asyncio
import functools
import time

def compute(x, y, *, scale=1):
    time.sleep(0.02)
    return (x + y) * scale

async def main():
    loop = asyncio.get_running_loop()
    a = await loop.run_in_executor(None, compute, 2, 3)
    b = await loop.run_in_executor(None, functools.partial(compute, 2, 3, scale=10))
    print(a, b)
    fut = loop.run_in_executor(None, compute, 1, 1)
    print(type(fut).__name__, isinstance(fut, asyncio.Future))
    print(await fut)
    try:
        await loop.run_in_executor(None, compute, 1, 2, 3)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
