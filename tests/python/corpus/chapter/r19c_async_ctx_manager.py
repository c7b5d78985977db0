# Async context managers: a class with __aenter__/__aexit__ and @asynccontextmanager
import asyncio
from contextlib import asynccontextmanager

class Connection:
    def __init__(self, host):
        self.host = host
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        self.open = True
        print(f"connected to {self.host}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        self.open = False
        print(f"closed {self.host} (exc={exc_type.__name__ if exc_type else None})")
        return exc_type is KeyError

    async def query(self, sql):
        await asyncio.sleep(0.01)
        return f"{self.host}: {sql} -> 42"

@asynccontextmanager
async def transaction(conn):
    print("BEGIN")
    try:
        yield conn
    except Exception as e:
        print("ROLLBACK because", repr(e))
        raise
    else:
        print("COMMIT")

async def main():
    async with Connection("db1") as conn:
        async with transaction(conn) as tx:
            print(await tx.query("SELECT 1"))
    print("open after with:", conn.open)
    async with Connection("db2") as conn:
        raise KeyError("swallowed")
    try:
        async with Connection("db3") as conn, transaction(conn):
            raise ValueError("bad row")
    except ValueError as e:
        print("caught", e)

asyncio.run(main())
