# a listing from an old tutorial: @asyncio.coroutine is gone in 3.11
import asyncio

print('Main - Starting')

@asyncio.coroutine
def worker():
    yield from asyncio.sleep(0.1)
    return 42

print(asyncio.run(worker()))
