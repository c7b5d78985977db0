# taking the first of two gathered results without awaiting the gather
import asyncio

async def a():
    await asyncio.sleep(0.01)
    return "A"

async def b():
    return "B"

async def main():
    first = asyncio.gather(a(), b())[0]
    print(first)

asyncio.run(main())
