# an await inside a helper def inside the async function
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    def helper():
        return await worker()
    print(helper())

asyncio.run(do_something())
