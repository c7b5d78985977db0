# an assert in the worker to check the random number range I expect
import asyncio
import random

random.seed(3)

async def worker(label):
    await asyncio.sleep(0.01)
    result = random.randint(1, 12)
    assert 1 <= result <= 10, f'{label}: {result} out of range'
    return label + str(result)

async def do_something():
    for i in range(6):
        print(await worker('ABCDEF'[i]))

asyncio.run(do_something())
