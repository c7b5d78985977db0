# A Factorial object you can await directly, thanks to __await__.
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
    jobs = [Factorial(n) for n in (3, 6, 4)]
    print(jobs, await asyncio.gather(*jobs))
    for fut in asyncio.as_completed([Factorial(2), Factorial(1)]):
        print(await fut)
    print(await Factorial("3"))


asyncio.run(main())
