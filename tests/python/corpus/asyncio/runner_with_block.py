# asyncio.Runner as a context manager: two runs on one loop, the loop closed when the block ends.
import asyncio

async def add(a, b):
    await asyncio.sleep(0)
    return a + b

with asyncio.Runner() as runner:
    print(runner.run(add(1, 2)))
    print(runner.run(add('x', 'y')))
    loop = runner.get_loop()
    print(loop.is_closed())
print(loop.is_closed())
