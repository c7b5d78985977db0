# loop.run_in_executor(None, ...) with a blocking function and functools.partial for kwargs
import asyncio
import functools
import time

def compute(x, *, scale=1):
    time.sleep(0.05)
    return x * scale

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.run_in_executor(None, compute, 3)
    print(type(fut).__name__)
    print(await fut)
    r = await loop.run_in_executor(None, functools.partial(compute, 4, scale=5))
    print(r)
    try:
        await loop.run_in_executor(None, compute, 4, 5)
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
