# Handling results as they are made available (chapter 34.6.2)

import asyncio
import random
random.seed(1)  # in place of the lesson's set-up lines: repeatable numbers

async def worker(label):
    print('Worker - will take some time')
    await asyncio.sleep(1)
    result = random.randint(1, 10)
    print('Worker - Done it')
    return label + str(result)


async def do_something():
    print('do_something - will wait for worker')
    # Run three calls to worker concurrently and collect results
    for async_func in asyncio.as_completed((worker('A'), worker('B'), worker('C'))):
        result = await async_func
        print('do_something - result:', result)


print('Main - Starting')
asyncio.run(do_something())
print('Main - Done')
