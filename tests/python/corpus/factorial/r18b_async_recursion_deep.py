import asyncio
import sys

async def factorial(n):
    if n == 0:
        await asyncio.sleep(0.1)
        return 1
    return n * await factorial(n - 1)

async def main():
    print(len(str(await factorial(300))))
    for n in (900, 2000):
        try:
            value = await factorial(n)
            print(n, "ok", len(str(value)))
        except RecursionError as e:
            print(n, "RecursionError:", e)
    print(sys.getrecursionlimit())

asyncio.run(main())
asyncio.run(factorial(1200))
