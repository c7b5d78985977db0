# test_runners: asyncio.Runner runs several coroutines on one loop, then closes it
import asyncio

async def where():
    return id(asyncio.get_running_loop())

with asyncio.Runner() as runner:
    a = runner.run(where())
    b = runner.run(where())
    loop = runner.get_loop()
    print(a == b, a == id(loop), loop.is_closed())
print(loop.is_closed())
try:
    runner.run(where())
except RuntimeError as e:
    print('RuntimeError:', e)
