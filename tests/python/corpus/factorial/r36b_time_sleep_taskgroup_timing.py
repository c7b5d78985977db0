# time.sleep in a TaskGroup: the tasks run one after another. Compare with asyncio.sleep.
import asyncio
import time


async def blocking_fact(n):
    r = 1
    for i in range(2, n + 1):
        time.sleep(0.06)
        r *= i
    return r


async def friendly_fact(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.03)
        r *= i
    return r


async def run(fn):
    start = time.perf_counter()
    async with asyncio.TaskGroup() as tg:
        tasks = [tg.create_task(fn(n)) for n in (4, 5, 6)]
    elapsed = time.perf_counter() - start
    return [t.result() for t in tasks], elapsed


async def main():
    r1, t1 = await run(blocking_fact)
    r2, t2 = await run(friendly_fact)
    print("same results:", r1 == r2, r1)
    print("blocking took over 0.6 s:", t1 > 0.6)
    print("friendly under half of that:", t2 < t1 / 2)
    print("blocking slower:", t1 > t2)


asyncio.run(main())
