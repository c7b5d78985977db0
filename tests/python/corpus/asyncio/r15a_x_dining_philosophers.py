# Dining philosophers with asyncio Locks, taking forks in a fixed order to avoid deadlock
import asyncio

async def philosopher(i, forks, meals, log):
    left, right = forks[i], forks[(i + 1) % len(forks)]
    first, second = (left, right) if i < (i + 1) % len(forks) else (right, left)
    for _ in range(meals):
        async with first:
            async with second:
                log.append(i)
                await asyncio.sleep(0.01)
        await asyncio.sleep(0)

async def main():
    n = 5
    forks = [asyncio.Lock() for _ in range(n)]
    log = []
    await asyncio.gather(*(philosopher(i, forks, 2, log) for i in range(n)))
    print("meals eaten:", len(log))
    print("each ate twice:", all(log.count(i) == 2 for i in range(n)))
    print("order:", log)

asyncio.run(main())
