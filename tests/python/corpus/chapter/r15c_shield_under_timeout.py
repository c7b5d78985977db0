# the worker shielded from a wait_for timeout: it finishes anyway
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.3)
    print('worker - done it')
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.1)
    except asyncio.TimeoutError:
        print('do_something - timed out, but the worker goes on')
    print('do_something - result:', await task)

asyncio.run(do_something())
