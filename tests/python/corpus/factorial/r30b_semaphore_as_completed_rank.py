# as_completed over semaphore-limited tasks, ranking the finish order.
import asyncio


async def factorial(sem, n):
    async with sem as held:
        print(f"start {n} (held={held}, free={sem._value})")
        f = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.1)
            f *= i
        return n, f


async def main():
    sem = asyncio.Semaphore(2)
    coros = [asyncio.create_task(factorial(sem, n)) for n in (4, 2, 5)]
    for rank, fut in enumerate(asyncio.as_completed(coros), start=1):
        n, f = await fut
        print(f"#{rank}: {n}! = {f}")
    print("locked now?", sem.locked())


asyncio.run(main())
