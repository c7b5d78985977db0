# An async generator yields factorials as they are computed; async for consumes.
import asyncio

async def factorials(limit):
    f = 1
    for i in range(1, limit + 1):
        await asyncio.sleep(0.01)
        f *= i
        yield i, f

async def main():
    async for n, f in factorials(6):
        print(f"{n}! = {f}")
    print([f async for _, f in factorials(4)])

asyncio.run(main())
