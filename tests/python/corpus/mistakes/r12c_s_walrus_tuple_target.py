# The walrus given a tuple to unpack into.
import asyncio

async def pair():
    await asyncio.sleep(0.01)
    return 1, 2

async def main():
    if (a, b) := await pair():
        print(a + b)

asyncio.run(main())
