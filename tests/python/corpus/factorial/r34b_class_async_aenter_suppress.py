# A calculator used with async with; its __aexit__ logs errors and returns True by accident.
import asyncio


class Session:
    def __init__(self, name):
        self.name = name
        self.results = {}

    async def __aenter__(self):
        print(f"[{self.name}] open")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        if exc_type is not None:
            print(f"[{self.name}] error: {exc_type.__name__}: {exc}")
        print(f"[{self.name}] close with {len(self.results)} results")
        return True

    async def factorial(self, n):
        if n < 0:
            raise ValueError(f"{n} < 0")
        r = 1
        for i in range(2, n + 1):
            r *= i
        self.results[n] = r
        return r


async def main():
    async with Session("A") as s:
        print(await s.factorial(5))
        print(await s.factorial(-5))
        print("never printed")
    print("after the block:", s.results)


asyncio.run(main())
