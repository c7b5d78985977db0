# called exit() in the worker when it found bad data
import asyncio

async def worker(data):
    await asyncio.sleep(0.01)
    if not data:
        print('no data, giving up')
        exit('worker: empty data')
    return sum(data)

async def do_something():
    print(await worker([1, 2, 3]))
    print(await worker([]))

try:
    asyncio.run(do_something())
finally:
    print('Main - Done')
