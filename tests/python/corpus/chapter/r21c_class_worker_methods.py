# The worker as an async method; a classmethod factory and __repr__.
import asyncio

class Worker:
    count = 0
    def __init__(self, label, delay):
        self.label, self.delay = label, delay
        Worker.count += 1
    @classmethod
    def many(cls, spec):
        return [cls(l, d) for l, d in spec]
    def __repr__(self):
        return f'Worker({self.label!r}, {self.delay})'
    async def run(self):
        await asyncio.sleep(self.delay)
        return f'{self.label} done'

async def main():
    ws = Worker.many([('x', 0.2), ('y', 0.1)])
    print(ws, Worker.count)
    print(await asyncio.gather(*(w.run() for w in ws)))
    print(await asyncio.gather(*map(Worker.run, ws)))
    print(Worker.run.__qualname__, type(ws[0].run).__name__)

asyncio.run(main())
