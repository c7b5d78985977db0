# Iterating the None a coroutine returned.
import asyncio

async def load():
    await asyncio.sleep(0.1)
    print("loaded")

async def main():
    for row in await load():
        print(row)

asyncio.run(main())
