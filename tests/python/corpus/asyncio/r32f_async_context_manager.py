# An async context manager class for a fake DB connection, with an error inside the block
import asyncio

class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        self.open = True
        print("connected to", self.dsn)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        self.open = False
        print("closed; exception:", exc_type.__name__ if exc_type else None)
        return False

    async def query(self, sql):
        await asyncio.sleep(0.01)
        if "DROP" in sql:
            raise PermissionError("not allowed: " + sql)
        return [("row", 1), ("row", 2)]

async def main():
    async with Connection("db://local") as conn:
        print(await conn.query("SELECT *"))
    print("open after?", conn.open)
    async with Connection("db://local") as conn:
        await conn.query("DROP TABLE users")

asyncio.run(main())
