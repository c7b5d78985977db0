# the warning told me to "Enable tracemalloc", so I did
import asyncio
import tracemalloc

tracemalloc.start()

async def worker():
    await asyncio.sleep(0.01)
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = worker()
    print('do_something - result:', type(result).__name__)

asyncio.run(do_something())
print('Main - Done')
