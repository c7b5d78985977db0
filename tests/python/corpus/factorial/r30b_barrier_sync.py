# asyncio.Barrier (3.11): all workers wait for each other before printing their results.
import asyncio


async def factorial(n, barrier):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    print(f"{n}! computed, waiting at the barrier")
    pos = await barrier.wait()
    print(f"{n}! = {f} (arrival index {pos})")
    return f


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting, barrier.broken)
    results = await asyncio.gather(*(factorial(n, barrier) for n in [4, 2, 6]))
    print(results)
    print(barrier.parties, barrier.n_waiting, barrier.broken)


asyncio.run(main())
