# asyncio.Runner runs two coroutines on the same loop.
import asyncio

async def worker(n):
    await asyncio.sleep(0.1)
    return n * 2

with asyncio.Runner() as runner:
    print(runner.run(worker(1)))
    print(runner.run(worker(5)))
    loop = runner.get_loop()
    print(type(loop).__name__, loop.is_closed())
print('closed after with:', loop.is_closed())
