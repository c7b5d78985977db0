# same cycle as before but no gc.collect: when does Python complain?
import asyncio

async def worker(box):
    await asyncio.sleep(0.01)
    raise PermissionError('not allowed')

async def do_something():
    box = []
    box.append(asyncio.create_task(worker(box)))
    await asyncio.sleep(0.03)
    print('done?', box[0].done())
    print('do_something - finished')

asyncio.run(do_something())
print('Main - Done')
