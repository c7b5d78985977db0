# Trailing zeros of n! counted two ways: by the string and by powers of five
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.1)
    return f

def zeros_by_five(n):
    count, p = 0, 5
    while p <= n:
        count += n // p
        p *= 5
    return count

async def main():
    ns = [5, 10, 25, 50, 100, 125]
    for n, f in zip(ns, await asyncio.gather(*map(factorial, ns))):
        s = str(f)
        print(f'{n:>4}: {len(s) - len(s.rstrip("0")):>3} {zeros_by_five(n):>3}')

asyncio.run(main())
