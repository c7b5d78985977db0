# trying to run the worker without asyncio by calling send(None) myself
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0)
    print('worker - Done it')
    return 42

c = worker()
print(type(c).__name__, c.__name__, c.__qualname__)
print('first send gives', c.send(None))
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration value:', e.value)
try:
    c.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)

async def slow():
    await asyncio.sleep(1)

slow().send(None)
