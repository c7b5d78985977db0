import asyncio
import sys

def fact(n):
    return 1 if n <= 1 else n * fact(n - 1)

async def factorial(n):
    await asyncio.sleep(0.1)
    return fact(n)

async def main():
    for n in [10, 500, 990]:
        print(n, len(str(await factorial(n))))
    sys.setrecursionlimit(3000)
    print(len(str(await factorial(2500))))
    sys.setrecursionlimit(1000)
    print(await factorial(1500))

asyncio.run(main())
