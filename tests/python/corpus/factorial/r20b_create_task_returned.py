# Student creates tasks but returns them unawaited; harness counts and awaits them itself.
import asyncio

async def factorial(n):
    r = 1
    for i in range(1, n + 1):
        await asyncio.sleep(0.1)
        r *= i
    return r

async def calculate_factorials(numbers):
    return [asyncio.create_task(factorial(n)) for n in numbers]

async def harness():
    tasks = await calculate_factorials([3, 2, 4])
    print('got', len(tasks), 'objects of type', type(tasks[0]).__name__)
    print('other tasks running:', len(asyncio.all_tasks()) - 1)
    print('done yet:', [t.done() for t in tasks])
    for t in asyncio.as_completed(tasks):
        print('finished:', await t)
    print('results in order:', [t.result() for t in tasks])
    print('other tasks running:', len(asyncio.all_tasks()) - 1)

asyncio.run(harness())
