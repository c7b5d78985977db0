# Worker forgot async, returns None from a print; awaiting the result fails.
import asyncio

def worker():
    print('worker - will take some time')
    return print('worker - done it')

async def do_something():
    result = await worker()
    print('result:', result)

asyncio.run(do_something())
