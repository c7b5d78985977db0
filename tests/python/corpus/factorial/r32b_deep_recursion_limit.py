# Plain recursive factorial of 2500 needs a bigger recursion limit.
import asyncio
import sys


def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


async def compute(n):
    await asyncio.sleep(0)
    return factorial(n)


async def main():
    print(sys.getrecursionlimit())
    try:
        await compute(2500)
    except RecursionError as e:
        print("RecursionError:", e)
    sys.setrecursionlimit(4000)
    print(len(str(await compute(2500))))
    print(len(str(await compute(900))))


asyncio.run(main())
