import asyncio

async def inner():
    await asyncio.sleep(0)
    return 5

async def outer():
    value = yield from inner()
    return value

print(asyncio.run(outer()))
