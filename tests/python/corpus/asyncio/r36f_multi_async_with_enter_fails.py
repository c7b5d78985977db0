# Two async context managers in one statement; the second fails in __aenter__, so the first is exited.
import asyncio

class Res:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail
    async def __aenter__(self):
        await asyncio.sleep(0)
        if self.fail:
            raise ConnectionRefusedError(f"cannot open {self.name}")
        print("entered", self.name)
        return self.name
    async def __aexit__(self, *exc):
        print("exited", self.name, "with", exc[0].__name__ if exc[0] else None)

async def main():
    async with Res("db") as a, Res("cache") as b:
        print("body with", a, b)
    try:
        async with Res("db") as a, Res("broker", fail=True) as b:
            print("never here")
    except ConnectionRefusedError as e:
        print("caught:", e)

asyncio.run(main())
