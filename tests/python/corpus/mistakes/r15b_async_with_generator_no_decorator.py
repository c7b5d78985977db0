# Mistake: an async generator used in async with, without @asynccontextmanager.
import asyncio

async def opened(name):
    print("open", name)
    yield name
    print("close", name)

async def main():
    async with opened("log.txt") as f:
        print("writing to", f)

asyncio.run(main())
