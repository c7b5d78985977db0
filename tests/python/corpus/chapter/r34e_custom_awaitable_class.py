# making my own awaitable class with __await__ instead of async def worker
import asyncio

class Worker:
    def __init__(self, label, delay):
        self.label = label
        self.delay = delay

    def __await__(self):
        print('Worker', self.label, '- will take some time')
        yield from asyncio.sleep(self.delay).__await__()
        print('Worker', self.label, '- Done it')
        return self.label * 2

async def do_something():
    print(await Worker('A', 0.01))
    results = await asyncio.gather(Worker('B', 0.15), Worker('C', 0.01))
    print('results:', results)

asyncio.run(do_something())
