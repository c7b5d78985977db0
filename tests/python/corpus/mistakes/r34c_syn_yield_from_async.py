# Delegating to another async generator with yield from
import asyncio

async def inner():
    yield 1
    yield 2

async def outer():
    yield 0
    yield from inner()

async def main():
    print([x async for x in outer()])

asyncio.run(main())
