# after catching the CancelledError I asked the task for exception() like the book's listing does
import asyncio

async def worker():
    await asyncio.sleep(1)
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.05)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print('do_something - caught cancel')
    print('do_something - task.cancelled():', task.cancelled())
    print('do_something - task.exception():', task.exception())
    print('do_something - finished')

asyncio.run(do_something())
