# thought I should await time.sleep like asyncio.sleep
import asyncio
import time

async def worker():
    print('worker - will take some time')
    await time.sleep(0.1)
    print('worker - done it')
    return 42

async def do_something():
    result = await worker()
    print('do_something - result:', result)

asyncio.run(do_something())
