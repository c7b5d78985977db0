# the book says Tasks are never created directly, so of course I tried asyncio.Task(...)
import asyncio

async def worker():
    await asyncio.sleep(0.05)
    return 42

async def do_something():
    task = asyncio.Task(worker(), name='made-by-hand')
    print('is a Future?', isinstance(task, asyncio.Future), asyncio.isfuture(task))
    print('name:', task.get_name(), '| done:', task.done())
    print('result:', await task)
    print('same loop?', task.get_loop() is asyncio.get_running_loop())
    print('coro name:', task.get_coro().__name__)
    fut = asyncio.Future()
    asyncio.get_running_loop().call_soon(fut.set_result, 'hand-made future')
    print(await fut)

asyncio.run(do_something())
