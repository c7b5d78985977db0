# a subclass overrides the async work method and calls super() with await
import asyncio

class Worker:
    async def work(self, n):
        await asyncio.sleep(0.01)
        return [f'base {n}']

class LoudWorker(Worker):
    async def work(self, n):
        steps = await super().work(n)
        steps.append(f'loud {n}')
        return steps

class BrokenWorker(Worker):
    async def work(self, n):
        steps = super().work(n)
        steps.append('broken')
        return steps

async def main():
    for cls in (Worker, LoudWorker, BrokenWorker):
        print(cls.__name__, await cls().work(1))

asyncio.run(main())
