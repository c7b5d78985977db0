# Inheritance with super() for a hierarchy of async workers
import asyncio

class Worker:
    def __init__(self, name):
        self.name = name

    async def run(self):
        await asyncio.sleep(0.05)
        return f'{self.name} worked'

    def __str__(self):
        return f'{type(self).__name__}({self.name})'

class LoudWorker(Worker):
    async def run(self):
        result = await super().run()
        return result.upper() + '!'

class CountingWorker(LoudWorker):
    runs = 0
    async def run(self):
        CountingWorker.runs += 1
        return f'{await super().run()} #{self.runs}'

async def main():
    ws = [Worker('w'), LoudWorker('l'), CountingWorker('c'), CountingWorker('d')]
    for w, r in zip(ws, await asyncio.gather(*(w.run() for w in ws))):
        print(f'{str(w):<20}{r}')
    print([c.__name__ for c in CountingWorker.__mro__])

asyncio.run(main())
