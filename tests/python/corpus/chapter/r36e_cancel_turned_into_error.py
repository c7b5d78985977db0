# when my worker is cancelled it raises its own error instead, and I await it uncaught
import asyncio

class WorkerStopped(Exception):
    pass

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        raise WorkerStopped('worker was stopped early')
    return 42

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.05)
    task.cancel()
    result = await task
    print('do_something - result:', result)

asyncio.run(do_something())
