import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        task = asyncio.current_task()
        print('worker - cancelling():', task.cancelling())
        print('worker - uncancel():', task.uncancel())
        print('worker - carrying on')
    await asyncio.sleep(0.01)
    return 'survived'

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.01)
    task.cancel()
    task.cancel()
    print('do_something - cancelling():', task.cancelling())
    print('do_something - result:', await task)
    print('do_something - cancelled():', task.cancelled())

asyncio.run(do_something())
