# The as_completed listing without `import random`.
import asyncio

async def worker(label):
    print('Worker - will take some time')
    await asyncio.sleep(0.05)
    result = random.randint(1, 10)
    print('Worker - Done it')
    return label + str(result)

async def do_something():
    for async_func in asyncio.as_completed((worker('A'), worker('B'))):
        result = await async_func
        print('do_something - result:', result)

asyncio.run(do_something())
