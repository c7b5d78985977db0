# Digit sums of factorials, and trailing zeros.
import asyncio

async def factorial(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    await asyncio.sleep(0.01)
    return r

def trailing_zeros(x):
    s = str(x)
    return len(s) - len(s.rstrip('0'))

async def main():
    for n in (10, 25, 40):
        f = await factorial(n)
        print(f'{n:>2}! has {len(str(f)):>2} digits, digit sum {sum(map(int, str(f))):>3}, {trailing_zeros(f)} zeros')

asyncio.run(main())
