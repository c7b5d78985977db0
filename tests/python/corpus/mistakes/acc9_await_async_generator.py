# Awaiting an async generator.
import asyncio

async def numbers():
    for i in range(3):
        await asyncio.sleep(0.1)
        yield i

async def main():
    print(await numbers())

asyncio.run(main())
