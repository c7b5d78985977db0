# Alternative constructors: a classmethod parsing "5,7,3" and a staticmethod check.
import asyncio

class Job:
    count = 0

    def __init__(self, n):
        self.n = n
        Job.count += 1
        self.id = Job.count

    @classmethod
    def from_string(cls, text):
        return [cls(int(part)) for part in text.split(",") if part.strip()]

    @staticmethod
    def valid(n):
        return isinstance(n, int) and n >= 0

    async def run(self):
        total = 1
        for i in range(1, self.n + 1):
            await asyncio.sleep(0.01)
            total *= i
        return self.id, self.n, total

class LoudJob(Job):
    async def run(self):
        result = await super().run()
        print(f"  job {self.id} done")
        return result

async def main():
    jobs = Job.from_string("5, 7,3,,6")
    jobs += LoudJob.from_string("4")
    print([type(j).__name__ for j in jobs], Job.count, LoudJob.count)
    print(Job.valid(3), Job.valid(-2), LoudJob.valid("x"))
    for ident, n, value in await asyncio.gather(*(j.run() for j in jobs)):
        print(f"#{ident} {n}! = {value}")

asyncio.run(main())
