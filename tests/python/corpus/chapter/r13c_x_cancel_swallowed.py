import asyncio

async def worker():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print('worker - cancelled, but returning anyway')
        return 'partial'
    return 'full'

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.02)
    task.cancel()
    result = await task
    print('result:', result)
    print('cancelled():', task.cancelled(), 'done():', task.done())

asyncio.run(do_something())
