# f-string formats on the results: right, left, center, zero padding.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        r *= i
    return r

async def main():
    for n in [3, 5, 7, 10]:
        f = await factorial(n)
        print(f'|{n:>3}|{n:<3}|{n:^5}|{f:08d}|{f:,}|{f:e}|{f!r:>9}|')

asyncio.run(main())
