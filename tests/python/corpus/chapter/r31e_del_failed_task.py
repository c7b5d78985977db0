# a failed task that I delete after it finishes, without looking at it
import asyncio

async def worker():
    await asyncio.sleep(0.01)
    raise ArithmeticError('sum did not add up')

async def do_something():
    task = asyncio.create_task(worker())
    await asyncio.sleep(0.03)
    print('before del, done =', task.done())
    del task
    print('after del')
    await asyncio.sleep(0.01)
    print('do_something - finished')

asyncio.run(do_something())
print('Main - Done')
