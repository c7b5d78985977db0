# A class with __await__ so that "await Factorial(5)" works directly.
import asyncio


class Factorial:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        result = 1
        for i in range(2, self.n + 1):
            yield from asyncio.sleep(0.01).__await__()
            result *= i
        return result

    def __repr__(self):
        return f"Factorial({self.n})"


async def main():
    print(await Factorial(5))
    print(await asyncio.gather(Factorial(3), Factorial(6)))
    print(await asyncio.wait_for(Factorial(4), timeout=1))
    job = Factorial(2)
    print(job, "is a coroutine?", asyncio.iscoroutine(job))


asyncio.run(main())
