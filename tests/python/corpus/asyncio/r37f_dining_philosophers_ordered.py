# Dining philosophers with asyncio.Lock forks, avoiding deadlock by always taking the lower fork first
import asyncio

N = 5
meals = [0] * N

async def philosopher(i, forks, rounds):
    left, right = i, (i + 1) % N
    first, second = sorted((left, right))
    for _ in range(rounds):
        async with forks[first]:
            await asyncio.sleep(0)
            async with forks[second]:
                meals[i] += 1
                await asyncio.sleep(0.005)
        await asyncio.sleep(0)

async def main():
    forks = [asyncio.Lock() for _ in range(N)]
    await asyncio.wait_for(asyncio.gather(*(philosopher(i, forks, 4) for i in range(N))), timeout=2)
    print("meals:", meals)
    print("all forks free:", not any(f.locked() for f in forks))

asyncio.run(main())
