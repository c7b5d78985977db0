# the gather listing inside a class that limits workers with a Semaphore and counts them
import asyncio
import random

class Pool:
    def __init__(self, size):
        self.sem = asyncio.Semaphore(size)
        self.active = 0
        self.peak = 0

    async def worker(self, label):
        async with self.sem:
            self.active += 1
            self.peak = max(self.peak, self.active)
            await asyncio.sleep(0.1)
            self.active -= 1
            return label + str(random.randint(1, 10))

    async def run(self, labels):
        return await asyncio.gather(*(self.worker(l) for l in labels))

random.seed(99)
pool = Pool(2)
print('results from calls:', asyncio.run(pool.run('ABCDE')))
print('peak workers:', pool.peak, 'active now:', pool.active)
