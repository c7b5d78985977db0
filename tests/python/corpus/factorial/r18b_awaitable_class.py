import asyncio

class Factorial:
    def __init__(self, n):
        self.n = n

    def __await__(self):
        result = 1
        for i in range(1, self.n + 1):
            yield from asyncio.sleep(0.1).__await__()
            result *= i
        return result

    def __repr__(self):
        return f"Factorial({self.n})"

class Timer:
    async def __aenter__(self):
        self.start = asyncio.get_running_loop().time()
        return self
    async def __aexit__(self, *exc):
        self.took = asyncio.get_running_loop().time() - self.start
        print(f"block took >= 0.6 s: {self.took >= 0.6}; exc={exc}")
        return False

async def main():
    async with Timer() as t:
        items = [Factorial(n) for n in [5, 7, 3, 6]]
        print(items)
        print(await asyncio.gather(*items))
    print(await Factorial(4))

asyncio.run(main())
