# asyncio.Barrier (new in 3.11) makes all factorial tasks start their loops together.
import asyncio


async def factorial(n, barrier):
    pos = await barrier.wait()
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return n, r, pos


async def main():
    barrier = asyncio.Barrier(3)
    print(barrier.parties, barrier.n_waiting)
    results = await asyncio.gather(*(factorial(n, barrier) for n in (5, 3, 4)))
    for n, r, pos in results:
        print(f"{n}! = {r} (arrived {pos})")
    print(barrier.n_waiting, barrier.broken)


asyncio.run(main())
