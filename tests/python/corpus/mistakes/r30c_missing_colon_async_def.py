# I forgot the colon after my async def line.
import asyncio

async def fetch(n)
    await asyncio.sleep(0.01)
    return n * 2

async def main():
    print(await fetch(3))

asyncio.run(main())
