# wanted a follow-up worker when the first finishes, so my lambda callback calls worker()
import asyncio

async def worker(label):
    print('worker', label, 'running')
    await asyncio.sleep(0.05)
    return label

async def do_something():
    task = asyncio.create_task(worker('first'))
    task.add_done_callback(lambda t: worker('follow-up'))
    print('result:', await task)
    await asyncio.sleep(0.1)
    print('do_something - finished')

asyncio.run(do_something())
