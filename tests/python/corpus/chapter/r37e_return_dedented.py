# my editor dedented the return line of the worker
import asyncio
import time

async def worker():
    print('worker - will take some time')
    time.sleep(0.1)
    print('worker - done it')
return 42

async def do_something():
    print('do_something - will wait for worker')
    result = await worker()
    print('do_something - result:', result)

asyncio.run(do_something())
