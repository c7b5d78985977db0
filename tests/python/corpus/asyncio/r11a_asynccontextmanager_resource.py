import asyncio
from contextlib import asynccontextmanager


@asynccontextmanager
async def open_connection(host):
    print(f"connecting to {host}")
    await asyncio.sleep(0.01)
    conn = {"host": host, "open": True}
    try:
        yield conn
    except ValueError as e:
        print("connection saw error:", e)
        raise
    finally:
        conn["open"] = False
        await asyncio.sleep(0.01)
        print(f"disconnected from {host}")


async def main():
    async with open_connection("db1") as c:
        print("using", c)
    print("after:", c)
    try:
        async with open_connection("db2") as c:
            raise ValueError("bad query")
    except ValueError:
        print("main handled the bad query")


asyncio.run(main())
