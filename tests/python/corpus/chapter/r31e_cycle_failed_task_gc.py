# the failed worker keeps a list that holds its own task (a cycle), then gc.collect
import asyncio
import gc

async def worker(box):
    await asyncio.sleep(0.01)
    raise PermissionError('not allowed: ' + str(len(box)))

async def do_something():
    box = []
    box.append(asyncio.create_task(worker(box)))
    await asyncio.sleep(0.03)
    print('done?', box[0].done())
    box = None
    print('box dropped')
    print('collected something?', gc.collect() > 0)
    print('do_something - finished')

asyncio.run(do_something())
print('Main - Done')
