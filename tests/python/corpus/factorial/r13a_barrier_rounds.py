import asyncio

async def factorial(n, barrier):
    result = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01 * n)
        result *= i
    print(f'{n}! = {result}, waiting for the others')
    pos = await barrier.wait()
    print(f'{n} released (position {pos})')
    return result

async def main():
    barrier = asyncio.Barrier(3)
    res = await asyncio.gather(*(factorial(n, barrier) for n in (2, 4, 3)))
    print(res, barrier.n_waiting, barrier.broken)

asyncio.run(main())
