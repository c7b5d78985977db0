# shield keeps the worker alive when wait_for times out
import asyncio

async def worker():
    await asyncio.sleep(0.2)
    print('worker - Done it anyway')
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.05)
    except asyncio.TimeoutError:
        print('gave up waiting; task cancelled?', task.cancelled())
    print('but the result is', await task)

asyncio.run(do_something())
