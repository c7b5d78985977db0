# asyncio.Runner runs several coroutines on one loop, then closes it.
import asyncio

async def loop_id():
    return id(asyncio.get_running_loop())

async def count(n):
    await asyncio.sleep(0)
    return n + 1

with asyncio.Runner() as runner:
    a = runner.run(loop_id())
    b = runner.run(loop_id())
    print('same loop:', a == b)
    print(runner.run(count(1)), runner.run(count(2)))
    loop = runner.get_loop()
    print('loop closed inside:', loop.is_closed())
print('loop closed after:', loop.is_closed())
try:
    runner.run(count(0))
except RuntimeError as e:
    print('RuntimeError:', e)
