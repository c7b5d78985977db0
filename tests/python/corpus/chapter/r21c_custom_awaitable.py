# A class with __await__ used in place of the worker.
import asyncio

class Worker:
    def __init__(self, n):
        self.n = n
    def __await__(self):
        yield from asyncio.sleep(0.1).__await__()
        return self.n * 2

async def main():
    print(await Worker(21))
    print(await asyncio.gather(Worker(1), Worker(2)))

asyncio.run(main())
