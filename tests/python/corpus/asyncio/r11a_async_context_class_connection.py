import asyncio


class Transaction:
    def __init__(self, name):
        self.name = name
        self.ops = []

    async def __aenter__(self):
        await asyncio.sleep(0)
        print(f"BEGIN {self.name}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        if exc_type is None:
            print(f"COMMIT {self.name}: {self.ops}")
            return False
        print(f"ROLLBACK {self.name} because {exc_type.__name__}: {exc}")
        return issubclass(exc_type, LookupError)

    def run(self, op):
        self.ops.append(op)


async def main():
    async with Transaction("t1") as tx:
        tx.run("insert")
        tx.run("update")
    async with Transaction("t2") as tx:
        tx.run("select")
        {}["missing"]
    print("t2's KeyError was suppressed")
    async with Transaction("t3") as tx:
        raise PermissionError("read-only")


asyncio.run(main())
