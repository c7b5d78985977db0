# Trying to yield each partial factorial from inside a list comprehension.
import asyncio


async def partials(n):
    acc = 1
    await asyncio.sleep(0.01)
    steps = [(yield (acc := acc * i)) for i in range(1, n + 1)]
    print(steps)


async def main():
    async for p in partials(5):
        print(p)


asyncio.run(main())
