# yield from inside an async def
import asyncio

async def numbers():
    yield from range(3)

async def main():
    async for n in numbers():
        print(n)

asyncio.run(main())
