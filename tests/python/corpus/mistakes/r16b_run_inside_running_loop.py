# asyncio.run called from inside a coroutine that is already running under asyncio.run
import asyncio

async def step(n):
    await asyncio.sleep(0.01)
    return n + 1

async def main():
    x = await step(1)
    print("x =", x)
    y = asyncio.run(step(x))
    print("y =", y)

asyncio.run(main())
