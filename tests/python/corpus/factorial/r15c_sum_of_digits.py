# the sum of the digits of each factorial, computed after gather
import asyncio

async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        f *= i
    await asyncio.sleep(0.1)
    return f

async def main():
    ns = list(range(10, 60, 10))
    for n, f in zip(ns, await asyncio.gather(*(factorial(n) for n in ns))):
        digits = [int(d) for d in str(f)]
        print(f"{n}!: digit sum {sum(digits):4d}, max digit {max(digits)}, zeros {digits.count(0)}")

asyncio.run(main())
