# test_tasks: cancelling a task waiting on a future cancels that future; cancelling the future cancels the task
import asyncio

async def waits(fut):
    return await fut

async def main():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    t = asyncio.create_task(waits(fut))
    await asyncio.sleep(0)
    t.cancel()
    await asyncio.sleep(0)
    print('future cancelled:', fut.cancelled(), '| task done:', t.done())
    await asyncio.gather(t, return_exceptions=True)
    print('task cancelled:', t.cancelled())
    fut2 = loop.create_future()
    t2 = asyncio.create_task(waits(fut2))
    await asyncio.sleep(0)
    fut2.cancel('from the future')
    try:
        await t2
    except asyncio.CancelledError as e:
        print('task 2 cancelled:', t2.cancelled(), e.args)

asyncio.run(main())
