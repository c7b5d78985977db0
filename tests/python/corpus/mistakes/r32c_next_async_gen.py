# Calling next() on an async generator.
import asyncio

async def agen():
    yield 1
    await asyncio.sleep(0)
    yield 2

async def main():
    g = agen()
    print(await anext(g))
    print(next(g))

asyncio.run(main())
