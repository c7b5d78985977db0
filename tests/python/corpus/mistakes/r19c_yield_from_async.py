# Mixing generator-based syntax into async code: yield from inside async def
import asyncio

async def inner():
    await asyncio.sleep(0.01)
    return 5

async def outer():
    x = yield from inner()
    return x

asyncio.run(outer())
