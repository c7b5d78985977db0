import asyncio as aio

async def worker():
    await aio.sleep(0.01)
    return 42

async def do_something():
    result = await asyncio.wait_for(worker(), 1)
    print(result)

aio.run(do_something())
