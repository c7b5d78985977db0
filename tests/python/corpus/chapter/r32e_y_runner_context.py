# trying 3.11's asyncio.Runner to run the worker twice on one loop
import asyncio

async def worker(label):
    print('worker', label, '- will take some time')
    await asyncio.sleep(0.01)
    return label * 2

with asyncio.Runner() as runner:
    print(runner.run(worker('a')))
    print(runner.run(worker('b')))
    loop = runner.get_loop()
    print('loop closed inside?', loop.is_closed())
print('loop closed after?', loop.is_closed())
