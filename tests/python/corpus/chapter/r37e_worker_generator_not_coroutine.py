# old-style generator "coroutine" with yield from, like pre-3.5 tutorials
import asyncio

def worker():
    print('worker - will take some time')
    yield from asyncio.sleep(0.01)
    return 42

async def do_something():
    print('created:', type(worker()).__name__)
    result = await worker()
    print('do_something - result:', result)

asyncio.run(do_something())
