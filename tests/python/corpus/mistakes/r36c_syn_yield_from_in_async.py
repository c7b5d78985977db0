# delegating to a helper generator with yield from inside an async generator
import asyncio

def base():
    yield 1
    yield 2

async def numbers():
    await asyncio.sleep(0.01)
    yield from base()

async def main():
    async for n in numbers():
        print(n)

asyncio.run(main())
