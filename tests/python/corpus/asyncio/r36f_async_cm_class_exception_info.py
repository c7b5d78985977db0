# An async context manager class that logs what __aexit__ receives, with and without errors.
import asyncio

class Transaction:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        print(f"BEGIN {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        if exc_type is None:
            print(f"COMMIT {self.name}")
        else:
            print(f"ROLLBACK {self.name}: {exc_type.__name__}({exc})", tb is not None)
        return exc_type is KeyError

async def main():
    async with Transaction("t1") as tx:
        print("inside", tx.name)
    async with Transaction("t2"):
        {}["missing"]
    print("KeyError was swallowed")
    async with Transaction("t3"):
        raise ValueError("bad amount")

asyncio.run(main())
