# In a TaskGroup, a bad input fails one task and the others print that they were cancelled.
import asyncio


async def factorial(n):
    r = 1
    try:
        if n < 0:
            await asyncio.sleep(0.15)
            raise ValueError(f"{n} is negative")
        for i in range(2, n + 1):
            await asyncio.sleep(0.1)
            r *= i
        print(f"{n}! = {r}")
        return r
    except asyncio.CancelledError:
        print(f"factorial({n}) cancelled with r={r}")
        raise


async def main():
    async with asyncio.TaskGroup() as tg:
        for n in (2, 6, -1):
            tg.create_task(factorial(n))


asyncio.run(main())
