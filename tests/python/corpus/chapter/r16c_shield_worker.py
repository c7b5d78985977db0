# 34.4.1's worker shielded from wait_for's cancellation: it finishes anyway
import asyncio

async def worker():
    print('worker - will take some time')
    await asyncio.sleep(0.4)
    print('worker - done it')
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    try:
        await asyncio.wait_for(asyncio.shield(task), timeout=0.1)
    except asyncio.TimeoutError:
        print('do_something - timed out, task cancelled?', task.cancelled())
    print('do_something - result:', await task)

asyncio.run(do_something())
