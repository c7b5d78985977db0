# an async context manager class that times factorials and swallows ValueError
import asyncio

class Step:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"enter {self.name}")
        await asyncio.sleep(0.01)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"exit {self.name}: {exc_type.__name__ if exc_type else None} {exc}")
        return exc_type is ValueError

async def factorial(n):
    async with Step(f"f{n}") as s:
        if n < 0:
            raise ValueError(n)
        if n > 20:
            raise OverflowError("too big for this demo")
        r = 1
        for i in range(2, n + 1):
            r *= i
        return r

async def main():
    print(await factorial(5), await factorial(-1))
    await factorial(25)

asyncio.run(main())
