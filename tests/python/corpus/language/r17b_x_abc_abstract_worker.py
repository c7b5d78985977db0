# An abstract base class for workers: abstract async method, instantiation error, concrete subclasses
import asyncio
from abc import ABC, abstractmethod

class BaseWorker(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    async def step(self, i): ...

    async def run(self, n):
        return [await self.step(i) for i in range(n)]

class Doubler(BaseWorker):
    async def step(self, i):
        await asyncio.sleep(0.01)
        return i * 2

class Lazy(BaseWorker):
    pass

async def main():
    print(await Doubler('d').run(4))
    print(BaseWorker.__abstractmethods__, Lazy.__abstractmethods__, isinstance(Doubler('x'), BaseWorker))
    Lazy('l')

asyncio.run(main())
