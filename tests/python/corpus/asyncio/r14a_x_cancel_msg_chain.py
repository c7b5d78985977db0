# test_tasks: a cancel message travels from the inner future to the task's CancelledError and to its awaiter
import asyncio

async def inner(fut):
    await fut

async def outer(t):
    await t

async def main():
    fut = asyncio.get_running_loop().create_future()
    t1 = asyncio.create_task(inner(fut))
    t2 = asyncio.create_task(outer(t1))
    await asyncio.sleep(0)
    fut.cancel('deep reason')
    for t in (t1, t2):
        try:
            await t
        except asyncio.CancelledError as e:
            print(t.get_coro().__name__, e.args, t.cancelled())
    try:
        t2.result()
    except asyncio.CancelledError as e:
        print('result():', e.args)

asyncio.run(main())
