# An old tutorial's @asyncio.coroutine with yield from (removed in 3.11): AttributeError and its suggestion.
import asyncio

@asyncio.coroutine
def worker():
    print('worker - will take some time')
    yield from asyncio.sleep(0.1)
    return 42

loop = asyncio.get_event_loop()
print(loop.run_until_complete(worker()))
