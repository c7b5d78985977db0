# an assert checking the random result is in range (it isn't, I used 0-11)
import asyncio
import random

random.seed(8)

async def worker():
    await asyncio.sleep(0.01)
    result = random.randint(0, 11)
    print('Worker - got', result)
    assert 1 <= result <= 10, f'result {result} out of range'
    return result

async def do_something():
    for _ in range(8):
        await worker()

asyncio.run(do_something())
