# I start the task in __init__, outside of any running loop.
import asyncio


async def factorial(n):
    f = 1
    for i in range(2, n + 1):
        await asyncio.sleep(0.01)
        f *= i
    return f


class Job:
    def __init__(self, n):
        self.n = n
        self.task = asyncio.create_task(factorial(n))

    async def result(self):
        return await self.task


async def main(jobs):
    print([await j.result() for j in jobs])


jobs = [Job(n) for n in [3, 4]]
asyncio.run(main(jobs))
