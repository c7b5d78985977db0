# asyncio.Runner runs several coroutines on one loop; after close() it refuses to run
import asyncio

async def which_loop():
    return id(asyncio.get_running_loop())

async def count():
    return len(asyncio.all_tasks())

with asyncio.Runner() as runner:
    a = runner.run(which_loop())
    b = runner.run(which_loop())
    print('same loop', a == b, 'tasks', runner.run(count()))
    loop = runner.get_loop()
    print('loop closed inside', loop.is_closed())
print('loop closed after', loop.is_closed())
try:
    runner.run(count())
except RuntimeError as e:
    print('RuntimeError:', e)
r = asyncio.Runner()
r.close()
r.close()
print('closed twice fine')
