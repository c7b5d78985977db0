import asyncio

class Job:
    count = 0

    def __init__(self, name):
        self.name = name
        Job.count += 1

    async def run(self):
        raise NotImplementedError

    def __str__(self):
        return f"{type(self).__name__}<{self.name}>"

class FactorialJob(Job):
    def __init__(self, name, n):
        super().__init__(name)
        self.n = n

    async def run(self):
        f = 1
        for i in range(2, self.n + 1):
            print(f"{self}: i={i}")
            await asyncio.sleep(0.01)
            f *= i
        return f

async def main():
    jobs = [FactorialJob("A", 3), FactorialJob("B", 2), Job("plain")]
    print("jobs created:", Job.count)
    results = await asyncio.gather(*(j.run() for j in jobs), return_exceptions=True)
    for j, r in zip(jobs, results):
        print(j, "=>", repr(r))

asyncio.run(main())
