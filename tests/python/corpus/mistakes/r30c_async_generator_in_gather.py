# Passing an async generator to gather.
import asyncio

async def numbers():
    yield 1
    yield 2

async def main():
    print(await asyncio.gather(numbers()))

asyncio.run(main())
