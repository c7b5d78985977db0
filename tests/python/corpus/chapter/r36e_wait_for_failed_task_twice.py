# retried wait_for on the same task after it failed, the second time without a try
import asyncio

async def worker():
    await asyncio.sleep(0.05)
    raise OSError('disk not found')

async def do_something():
    task = asyncio.create_task(worker())
    try:
        await asyncio.wait_for(task, timeout=1)
    except OSError as e:
        print('first try:', e)
    print('retrying the same task')
    await asyncio.wait_for(task, timeout=1)

asyncio.run(do_something())
