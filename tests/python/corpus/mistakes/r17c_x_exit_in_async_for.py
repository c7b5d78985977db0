# sys.exit in main's async for over an async generator: its finally runs, status 0
import asyncio
import sys


async def factorials(limit):
    f = 1
    try:
        for i in range(1, limit + 1):
            await asyncio.sleep(0.1)
            f *= i
            yield i, f
    finally:
        print('generator closed at', i)


async def main():
    async for i, f in factorials(10):
        print(i, f)
        if f > 100:
            sys.exit(0)


asyncio.run(main())
