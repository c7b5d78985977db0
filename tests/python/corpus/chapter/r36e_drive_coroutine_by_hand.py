# wanted to see how await really works, so I drove the worker coroutine with send()
import asyncio

async def worker():
    print('worker - step 1')
    await asyncio.sleep(0)
    print('worker - step 2')
    await asyncio.sleep(0)
    return 42

coro = worker()
print('first send gives', coro.send(None))
print('second send gives', coro.send(None))
try:
    coro.send(None)
except StopIteration as stop:
    print('finished with', stop.value)
try:
    coro.send(None)
except RuntimeError as e:
    print('RuntimeError:', e)

async def slow_worker():
    await asyncio.sleep(0.1)

slow_worker().send(None)
