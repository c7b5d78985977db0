import asyncio

class FactorialRunner:
    def __init__(self, numbers):
        self.numbers = numbers
        self.tasks = []
        self.results = {}

    async def _one(self, n):
        acc = 1
        for i in range(2, n + 1):
            acc *= i
            await asyncio.sleep(0.01)
        self.results[n] = acc
        return acc

    def start(self):
        for n in self.numbers:
            self.tasks.append(asyncio.create_task(self._one(n), name=f"fact-{n}"))

    async def wait(self):
        done = await asyncio.gather(*self.tasks)
        return done

    def __repr__(self):
        return f"FactorialRunner({self.numbers!r}, done={len(self.results)})"

async def main():
    r = FactorialRunner([6, 2, 4])
    print(r)
    r.start()
    print([t.get_name() for t in r.tasks])
    print(await r.wait())
    print(r)
    print(r.results)

asyncio.run(main())
