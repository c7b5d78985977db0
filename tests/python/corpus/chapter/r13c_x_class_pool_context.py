import asyncio

class WorkerPool:
    def __init__(self, size):
        self.size = size
        self.tasks = []

    async def __aenter__(self):
        print(f'pool of {self.size} opening')
        return self

    async def __aexit__(self, exc_type, exc, tb):
        results = await asyncio.gather(*self.tasks, return_exceptions=True)
        print('pool closing with', results, 'exc:', exc_type)
        return False

    def submit(self, coro):
        if len(self.tasks) >= self.size:
            raise OverflowError(f'pool is full ({self.size})')
        self.tasks.append(asyncio.create_task(coro))

async def worker(n):
    await asyncio.sleep(0.01 * n)
    return n * n

async def do_something():
    async with WorkerPool(3) as pool:
        for n in range(1, 4):
            pool.submit(worker(n))
    async with WorkerPool(2) as pool:
        for n in range(1, 4):
            pool.submit(worker(n))

asyncio.run(do_something())
