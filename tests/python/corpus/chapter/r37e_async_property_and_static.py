# a worker class with an async staticmethod, an async classmethod and a property returning a coroutine
import asyncio

class Worker:
    made = 0

    def __init__(self, label):
        self.label = label
        Worker.made += 1

    @staticmethod
    async def pause():
        await asyncio.sleep(0.01)

    @classmethod
    async def create(cls, label):
        await cls.pause()
        return cls(label)

    @property
    async def result(self):
        await self.pause()
        return self.label * 2

async def main():
    workers = await asyncio.gather(*(Worker.create(l) for l in 'xyz'))
    print([w.label for w in workers], Worker.made)
    print(await workers[0].result)
    print(await asyncio.gather(*(w.result for w in workers)))
    print(type(workers[1].result).__name__)

asyncio.run(main())
