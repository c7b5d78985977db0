# copied a bit too much from the chapter: the sentence before the output came along
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    result = await worker()
    print('do_something - result:', result)

asyncio.run(do_something())
When this program is executed the output is:
