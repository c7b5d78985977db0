# 34.5 explored with dir(): what a Task, the worker's coroutine, a generator and an async generator offer
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.1)
    print('worker - Done it')
    return 42

def public(obj):
    return [name for name in dir(obj) if not name.startswith('_')]

def numbers():
    yield 1

async def ticks():
    yield 1

async def do_something():
    coro = worker()
    print('coroutine:', public(coro))
    task = asyncio.create_task(coro)
    print('task:', public(task))
    print('generator:', public(numbers()))
    print('async generator:', public(ticks()))
    print('has gi_code?', hasattr(coro, 'gi_code'), 'has cr_code?', hasattr(coro, 'cr_code'))
    print('do_something - result:', await task)

asyncio.run(do_something())
