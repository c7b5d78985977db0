# Recursive factorial of 3000 needs a higher recursion limit.
import asyncio
import sys


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


async def compute(n):
    await asyncio.sleep(0.01)
    return factorial(n)


async def main():
    print("limit:", sys.getrecursionlimit())
    print(len(str(await compute(900))))
    sys.setrecursionlimit(5000)
    sys.set_int_max_str_digits(20000)
    v = await compute(3000)
    print(len(str(v)), str(v)[:20])
    sys.setrecursionlimit(1000)
    await compute(1500)


asyncio.run(main())
