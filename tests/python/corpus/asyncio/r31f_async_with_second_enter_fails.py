# Two managers in one async with: the second __aenter__ fails, the first still exits
import asyncio

class Res:
    def __init__(self, name, fail=False):
        self.name, self.fail = name, fail

    async def __aenter__(self):
        print("enter", self.name)
        if self.fail:
            raise OSError(f"cannot open {self.name}")
        return self

    async def __aexit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None)
        return et is ZeroDivisionError

async def main():
    try:
        async with Res("db") as a, Res("cache", fail=True) as b:
            print("body")
    except OSError as e:
        print("caught:", e)
    async with Res("suppressor"):
        1 / 0
    print("ZeroDivisionError suppressed")

asyncio.run(main())
