# awaiting the result of a plain function by mistake
import asyncio

def worker():
    print('worker - will take some time')
    return 42

async def do_something():
    print('do_something - will wait for worker')
    result = await worker()
    print('do_something - result:', result)

asyncio.run(do_something())
