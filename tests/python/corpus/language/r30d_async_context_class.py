# An async context manager class and contextlib.asynccontextmanager around a fake connection
import asyncio
import contextlib


class Connection:
    def __init__(self, host):
        self.host = host
        self.open = False

    async def __aenter__(self):
        await asyncio.sleep(0.01)
        self.open = True
        print("open", self.host)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        self.open = False
        print("close", self.host, exc_type.__name__ if exc_type else None)
        return False


@contextlib.asynccontextmanager
async def transaction(conn):
    print("begin")
    try:
        yield conn.host.upper()
        print("commit")
    except Exception as e:
        print("rollback:", e)
        raise


async def main():
    async with Connection("db1") as c:
        async with transaction(c) as name:
            print("working on", name, c.open)
    print(c.open)
    async with Connection("db2") as c:
        async with transaction(c):
            raise ValueError("constraint violated")


asyncio.run(main())
