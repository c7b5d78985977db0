import asyncio

class Worker:
    count = 0

    def __init__(self, name, delay):
        self.name = name
        self.delay = delay
        Worker.count += 1

    def __repr__(self):
        return f'Worker({self.name!r}, {self.delay})'

    async def run(self):
        print(f'{self.name} - will take some time')
        await asyncio.sleep(self.delay)
        print(f'{self.name} - Done it')
        return f'{self.name}:{int(self.delay * 100)}'

async def do_something():
    workers = [Worker('A', 0.05), Worker('B', 0.01), Worker('C', 0.03)]
    print(workers, Worker.count)
    results = await asyncio.gather(*(w.run() for w in workers))
    print('results from calls:', results)

asyncio.run(do_something())
