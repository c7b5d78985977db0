# Checking how to construct the asyncio classes: their signatures and the first line of their docs.
import asyncio
import inspect

for cls in (asyncio.Queue, asyncio.Semaphore, asyncio.Event, asyncio.TaskGroup, asyncio.Lock):
    doc = (cls.__doc__ or "").strip().splitlines()
    print(f"{cls.__name__}{inspect.signature(cls)}: {doc[0] if doc else None}")


async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.01)
    return r


async def main():
    q = asyncio.Queue(maxsize=2)
    await q.put(await factorial(4))
    print(q.get_nowait())


asyncio.run(main())
