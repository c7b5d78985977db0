# Big factorials: digit counts and the last digits with thousands separators.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        if i % 10 == 0:
            await asyncio.sleep(0.1)
        r *= i
    return r

async def main():
    ns = [20, 25, 30]
    for n, f in zip(ns, await asyncio.gather(*map(factorial, ns))):
        s = str(f)
        print(f'{n}! has {len(s)} digits, trailing zeros {len(s) - len(s.rstrip("0"))}: {f:,}')
        print(f'   {f:.3e}  {f % 10**9:09d}')

asyncio.run(main())
