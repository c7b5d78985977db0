# factorials in a generator passed to gather with the results summed.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def main():
    rs = await asyncio.gather(*(factorial(n) for n in range(8)))
    print(rs)
    print('sum', sum(rs))
    print('evens', [r for r in rs if r % 2 == 0])

asyncio.run(main())
