# Each factorial sleeps a seeded random multiple of 0.1 s; as_completed gives a finishing rank.
import asyncio
import random

random.seed(11)


async def factorial(n, delay):
    await asyncio.sleep(delay)
    r = 1
    for i in range(2, n + 1):
        r *= i
    return n, r, delay


async def main():
    numbers = [5, 7, 3, 6]
    delays = random.sample([0.1, 0.2, 0.3, 0.4, 0.5, 0.6], k=len(numbers))
    print(list(zip(numbers, delays)))
    coros = [factorial(n, d) for n, d in zip(numbers, delays)]
    for rank, fut in enumerate(asyncio.as_completed(coros), start=1):
        n, r, d = await fut
        print(f"#{rank}: {n}! = {r:<6} (slept {d:.1f}s)")


asyncio.run(main())
