# contextlib.asynccontextmanager for a fake connection: setup and teardown around a body that fails
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def connection(name):
    print(f"connect {name}")
    await asyncio.sleep(0.01)
    try:
        yield {"name": name, "open": True}
    finally:
        await asyncio.sleep(0.01)
        print(f"disconnect {name}")

async def main():
    async with connection("db") as conn:
        print("using", conn["name"])
    try:
        async with connection("cache") as conn:
            raise LookupError("key not found")
    except LookupError as e:
        print("caught:", e)

asyncio.run(main())
