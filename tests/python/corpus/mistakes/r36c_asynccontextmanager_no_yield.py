# an async context manager that returns early on an error without yielding
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def connection(host):
    if not host:
        print("no host given")
        return
    yield f"conn:{host}"

async def main():
    async with connection("db") as c:
        print("using", c)
    async with connection("") as c:
        print("using", c)

asyncio.run(main())
