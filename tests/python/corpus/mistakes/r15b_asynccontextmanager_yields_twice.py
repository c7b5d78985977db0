# Mistake: an @asynccontextmanager whose generator yields twice (once per branch of a loop).
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def connections(hosts):
    for host in hosts:
        await asyncio.sleep(0.01)
        print("connected", host)
        yield host
    print("all closed")

async def main():
    async with connections(["a", "b"]) as c:
        print("using", c)
    print("after")

asyncio.run(main())
