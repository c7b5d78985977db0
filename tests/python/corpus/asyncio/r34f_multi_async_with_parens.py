# Several async context managers in one parenthesized async with (Python 3.10+ syntax).
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def resource(name, fail=False):
    print(f"acquire {name}")
    await asyncio.sleep(0)
    if fail:
        raise PermissionError(f"cannot open {name}")
    try:
        yield name
    finally:
        print(f"release {name}")

async def main():
    async with (
        resource("db") as db,
        resource("cache") as cache,
        resource("files") as files,
    ):
        print("using", db, cache, files)
    try:
        async with resource("a") as a, resource("b", fail=True) as b:
            print("unreachable")
    except PermissionError as e:
        print("error:", e)

asyncio.run(main())
