# A class with __await__ so that "await Factorial(5)" works.
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
    values = await asyncio.gather(Factorial(3), Factorial(6))
    print(values)
    print([Factorial(n) for n in range(3)])
    print(await asyncio.wait_for(Factorial(4), 1))
    task = asyncio.ensure_future(Factorial(7))
    print(await task)


asyncio.run(main())
