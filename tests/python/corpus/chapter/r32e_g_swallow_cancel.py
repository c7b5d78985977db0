# my worker catches everything with a bare except, even cancellation
import asyncio

async def worker():
    for i in range(3):
        try:
            await asyncio.sleep(0.1)
            print('worker tick', i)
        except:
            print('worker ignored a', 'cancel' if True else '')
    return 'stubborn'

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.15)
    task.cancel()
    result = await task
    print('result:', result, 'cancelled?', task.cancelled())

asyncio.run(do_something())
