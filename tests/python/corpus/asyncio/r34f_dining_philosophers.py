# Dining philosophers with asyncio Locks as forks; the last one picks forks in reverse order.
import asyncio

N = 5
meals = [0] * N

async def philosopher(i, forks, rounds):
    left, right = forks[i], forks[(i + 1) % N]
    if i == N - 1:
        left, right = right, left
    for _ in range(rounds):
        async with left:
            await asyncio.sleep(0.001)
            async with right:
                meals[i] += 1
                await asyncio.sleep(0.002)
        await asyncio.sleep(0.001)

async def main():
    forks = [asyncio.Lock() for _ in range(N)]
    await asyncio.wait_for(asyncio.gather(*(philosopher(i, forks, 3) for i in range(N))), 3)
    print("meals:", meals)
    print("forks free:", not any(f.locked() for f in forks))

asyncio.run(main())
