# "async __init__" is not allowed, so use an async classmethod factory (a common answer).
import asyncio

class Database:
    def __init__(self, dsn, conn):
        self.dsn = dsn
        self.conn = conn

    @classmethod
    async def connect(cls, dsn):
        await asyncio.sleep(0.01)
        return cls(dsn, conn=f"conn<{dsn}>")

    async def query(self, sql):
        await asyncio.sleep(0.005)
        return f"{self.conn} ran {sql!r}"

class Broken:
    async def __init__(self):
        self.ready = True

async def main():
    db = await Database.connect("sqlite://memory")
    print(await db.query("SELECT 1"))
    dbs = await asyncio.gather(*(Database.connect(f"db{i}") for i in range(3)))
    print([d.conn for d in dbs])
    Broken()

asyncio.run(main())
