# misspelt asyncio in one place only
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    result = await asycnio.gather(worker(), worker())
    print(result)

asyncio.run(do_something())
