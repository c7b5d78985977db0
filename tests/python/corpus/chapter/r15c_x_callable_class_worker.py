# a class whose instances are called like the chapter's worker (async __call__)
import asyncio

class Worker:
    count = 0

    def __init__(self, label, delay):
        self.label, self.delay = label, delay

    async def __call__(self):
        Worker.count += 1
        print(f'Worker {self.label} - will take some time')
        await asyncio.sleep(self.delay)
        print(f'Worker {self.label} - Done it')
        return self.label * 2

    def __repr__(self):
        return f'Worker({self.label!r}, {self.delay})'

async def do_something():
    workers = [Worker('A', 0.2), Worker('B', 0.1)]
    print(workers, asyncio.iscoroutinefunction(workers[0]), asyncio.iscoroutinefunction(Worker.__call__))
    print('results:', await asyncio.gather(*(w() for w in workers)))
    print('calls:', Worker.count)

asyncio.run(do_something())
