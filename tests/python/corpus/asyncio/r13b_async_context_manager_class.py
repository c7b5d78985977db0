import asyncio

class Connection:
    def __init__(self, name):
        self.name = name
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        self.open = True
        print("connected", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        self.open = False
        print("disconnected", self.name, "exc:", exc_type.__name__ if exc_type else None)
        return exc_type is KeyError

    async def query(self, q):
        if q == "missing":
            raise KeyError(q)
        if q == "bad":
            raise ValueError(q)
        return f"{self.name}:{q}"

async def main():
    async with Connection("db1") as c:
        print(await c.query("select 1"))
    async with Connection("db2") as c:
        await c.query("missing")
    print("KeyError suppressed")
    try:
        async with Connection("db3") as c:
            await c.query("bad")
    except ValueError as e:
        print("ValueError propagated:", e)

asyncio.run(main())
