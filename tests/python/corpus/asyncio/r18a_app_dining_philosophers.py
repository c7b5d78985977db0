# dining philosophers with asyncio Locks, ordered fork pick-up to avoid deadlock
import asyncio

N = 5
meals = [0] * N
log = []

async def philosopher(i, forks, rounds):
    left, right = forks[i], forks[(i + 1) % N]
    first, second = (left, right) if i < (i + 1) % N else (right, left)
    for r in range(rounds):
        async with first:
            await asyncio.sleep(0.001)
            async with second:
                meals[i] += 1
                log.append(i)
                await asyncio.sleep(0.01 * (i + 1))
        await asyncio.sleep(0.005)

async def main():
    forks = [asyncio.Lock() for _ in range(N)]
    await asyncio.wait_for(asyncio.gather(*(philosopher(i, forks, 3) for i in range(N))), 2)
    print('meals:', meals)
    print('first eaters:', log[:3])
    print('all forks free:', not any(f.locked() for f in forks))

asyncio.run(main())
