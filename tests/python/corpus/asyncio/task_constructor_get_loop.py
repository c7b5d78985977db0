# asyncio.Task(coro) made directly, get_loop() of tasks and futures, and Task/Future as types.
import asyncio

async def job(n):
    await asyncio.sleep(0)
    return n * 3

async def main():
    loop = asyncio.get_running_loop()
    t = asyncio.Task(job(2), name='direct')
    print(t.get_name(), await t, t.get_loop() is loop)
    u = asyncio.Task(job(3))
    print(u.get_name(), await u)
    fut = loop.create_future()
    print('future loop:', fut.get_loop() is loop, type(fut) is asyncio.Future)
    print('task is a future:', isinstance(t, asyncio.Future), issubclass(asyncio.Task, asyncio.Future))
    print(asyncio.Task.__name__, asyncio.Future.__name__, asyncio.Task.__module__)
    try:
        asyncio.Task(42)
    except TypeError as e:
        print('TypeError:', e)
    print('get_event_loop inside a coroutine is the running loop:', asyncio.get_event_loop() is loop)

asyncio.run(main())
