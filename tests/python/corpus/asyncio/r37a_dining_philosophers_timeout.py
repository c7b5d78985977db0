# Dining philosophers with asyncio Locks; a timeout on the second fork breaks the deadlock
import asyncio

N = 3
log = []


async def philosopher(i, forks):
    left, right = forks[i], forks[(i + 1) % N]
    for meal in range(2):
        while True:
            async with left:
                await asyncio.sleep(0.01)
                try:
                    async with asyncio.timeout(0.05 * (i + 1)):
                        await right.acquire()
                except TimeoutError:
                    log.append(f"p{i} backs off")
                    await asyncio.sleep(0.02 * (i + 1))
                    continue
                try:
                    log.append(f"p{i} eats meal {meal}")
                    await asyncio.sleep(0.01)
                finally:
                    right.release()
                break


async def main():
    forks = [asyncio.Lock() for _ in range(N)]
    await asyncio.gather(*(philosopher(i, forks) for i in range(N)))
    meals = sorted(e for e in log if "eats" in e)
    print(meals)
    print("any back-offs:", any("backs off" in e for e in log))
    print("forks free:", not any(f.locked() for f in forks))


asyncio.run(main())
