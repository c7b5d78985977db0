# called a variable async, then await
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    async = await worker()
    print(async)

asyncio.run(do_something())
