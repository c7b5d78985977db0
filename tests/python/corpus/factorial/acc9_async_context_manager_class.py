# An async context manager class (__aenter__/__aexit__) opening and closing a "session".
import asyncio

class Session:
    def __init__(self, name):
        self.name = name
        self.results = {}

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print(f"open {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print(f"close {self.name}: {len(self.results)} results, error={exc_type.__name__ if exc_type else None}")
        return False

    async def factorial(self, n):
        r = 1
        for i in range(2, n + 1):
            await asyncio.sleep(0.01)
            r *= i
        self.results[n] = r
        return r

async def main():
    async with Session("first") as s:
        await asyncio.gather(*map(s.factorial, [5, 3, 4]))
    print(s.results)
    try:
        async with Session("second") as s2:
            await s2.factorial(3)
            raise KeyError("missing")
    except KeyError as e:
        print("caught", repr(e))

asyncio.run(main())
