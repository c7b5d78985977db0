# An asynccontextmanager generator that yields twice
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def connection(name):
    print("open", name)
    yield name
    print("close", name)
    yield None

async def main():
    async with connection("db") as conn:
        await asyncio.sleep(0.01)
        print("using", conn)

asyncio.run(main())
