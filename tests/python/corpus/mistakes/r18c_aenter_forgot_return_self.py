import asyncio


class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0)
        self.open = True
        print("connected to", self.dsn)

    async def __aexit__(self, *exc):
        self.open = False
        print("closed")

    async def fetch(self, query):
        await asyncio.sleep(0)
        return [query.upper()]


async def main():
    async with Connection("db://local") as conn:
        rows = await conn.fetch("select 1")
        print(rows)


asyncio.run(main())
