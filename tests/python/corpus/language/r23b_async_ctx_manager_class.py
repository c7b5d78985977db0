import asyncio
from contextlib import asynccontextmanager

class Connection:
    opened = 0
    def __init__(self, name):
        self.name = name
    async def __aenter__(self):
        await asyncio.sleep(0.01)
        Connection.opened += 1
        print(f"open {self.name} (total {Connection.opened})")
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        Connection.opened -= 1
        print(f"close {self.name}: {exc_type.__name__ if exc_type else 'ok'}")
        return exc_type is KeyError

@asynccontextmanager
async def transaction(conn):
    print(f"  begin on {conn.name}")
    try:
        yield f"tx-{conn.name}"
        print("  commit")
    except Exception as e:
        print(f"  rollback ({e!r})")
        raise

async def main():
    async with Connection("db") as c, transaction(c) as tx:
        print("  working in", tx)
    async with Connection("cache") as c:
        raise KeyError("swallowed by __aexit__")
    try:
        async with Connection("db2") as c:
            async with transaction(c):
                raise ValueError("bad row")
    except ValueError as e:
        print("main caught", e)
    print("opened now:", Connection.opened)
    with Connection("sync"):
        pass

asyncio.run(main())
