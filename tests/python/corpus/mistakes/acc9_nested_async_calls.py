# An error three coroutines deep.
import asyncio

async def parse(data):
    return data["value"] * 2

async def fetch(n):
    await asyncio.sleep(0.1)
    return await parse({"val": n})

async def main():
    print(await fetch(1))

asyncio.run(main())
