# A fake database connection as an async context manager, including an error inside the block
import asyncio

class Connection:
    def __init__(self, dsn):
        self.dsn = dsn
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        self.open = True
        print(f"connected to {self.dsn}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        self.open = False
        print(f"closed {self.dsn}; exc_type={exc_type.__name__ if exc_type else None}")
        return False

    async def query(self, sql):
        await asyncio.sleep(0.01)
        if "DROP" in sql:
            raise PermissionError(f"not allowed: {sql}")
        return [("row", 1), ("row", 2)]

async def main():
    async with Connection("db://local") as conn:
        print(await conn.query("SELECT 1"))
    print("open after block:", conn.open)
    async with Connection("db://prod") as conn:
        await conn.query("DROP TABLE users")
    print("never printed")

asyncio.run(main())
