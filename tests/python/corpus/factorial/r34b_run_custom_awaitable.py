# asyncio.run() given an awaitable object that is not a coroutine.
import asyncio


class Factorial:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        r = 1
        for i in range(2, self.n + 1):
            yield from asyncio.sleep(0.01).__await__()
            r *= i
        return r

    def __repr__(self):
        return f"Factorial({self.n})"


async def main():
    print("awaited inside main:", await Factorial(5))


asyncio.run(main())
print("now directly:")
print(asyncio.run(Factorial(5)))
