# A class with __aenter__/__aexit__: the exception details passed to __aexit__, and suppression
import asyncio

class Transaction:
    def __init__(self, name):
        self.name = name

    async def __aenter__(self):
        print(f"BEGIN {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"COMMIT {self.name}")
        else:
            print(f"ROLLBACK {self.name} because {exc_type.__name__}: {exc}")
        return exc_type is ValueError

async def main():
    async with Transaction("t1"):
        await asyncio.sleep(0)
    async with Transaction("t2"):
        raise ValueError("bad amount")
    print("ValueError suppressed")
    async with Transaction("t3"):
        raise KeyError("account")

asyncio.run(main())
