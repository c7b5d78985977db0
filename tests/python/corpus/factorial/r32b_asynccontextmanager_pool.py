# contextlib.asynccontextmanager sets up a "pool" of tasks and cancels leftovers on exit.
import asyncio
from contextlib import asynccontextmanager


async def factorial(n, step):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(step)
        r *= i
    return r


@asynccontextmanager
async def pool():
    tasks = []
    print("pool open")
    try:
        yield tasks
    finally:
        left = [t for t in tasks if not t.done()]
        for t in left:
            t.cancel()
        print(f"pool closed, cancelled {len(left)}")


async def main():
    async with pool() as tasks:
        tasks += [asyncio.create_task(factorial(n, 0.1)) for n in (2, 3, 9)]
        done, _ = await asyncio.wait(tasks, timeout=0.5)
        print(sorted(t.result() for t in done))
    await asyncio.sleep(0)
    print([t.cancelled() for t in tasks])


asyncio.run(main())
