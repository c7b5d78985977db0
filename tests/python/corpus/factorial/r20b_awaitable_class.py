# Student writes an awaitable Factorial class with __await__; harness gathers instances.
import asyncio

class Factorial:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        result = 1
        for i in range(1, self.n + 1):
            yield from asyncio.sleep(0.01).__await__()
            result *= i
        return result

    def __repr__(self):
        return f'Factorial({self.n})'

async def main():
    print(await Factorial(5))
    print(await asyncio.gather(*(Factorial(n) for n in (0, 3, 6))))
    t = asyncio.ensure_future(Factorial(4))
    print(type(t).__name__, await t)
    try:
        asyncio.create_task(Factorial(2))
    except TypeError as e:
        print('TypeError:', e)
    print(await asyncio.wait_for(Factorial(3), 1))

asyncio.run(main())
