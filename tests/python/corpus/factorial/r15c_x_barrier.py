# asyncio.Barrier (3.11): factorials wait for each other between two phases
import asyncio

async def factorial(n, barrier, log):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.01 * n)
    log.append(f"{n} computed")
    pos = await barrier.wait()
    log.append(f"{n} past barrier")
    return r

async def main():
    barrier = asyncio.Barrier(3)
    log = []
    print(await asyncio.gather(*(factorial(n, barrier, log) for n in (3, 9, 5))))
    print(log)
    print(barrier.parties, barrier.n_waiting, barrier.broken)

asyncio.run(main())
