# yield from inside an async def.
import asyncio

async def inner():
    await asyncio.sleep(0.01)
    return 1

async def outer():
    result = yield from inner()
    return result

print(asyncio.run(outer()))
