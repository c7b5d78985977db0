# Decorating a plain generator with asynccontextmanager
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
def session():
    print("session start")
    yield "token"
    print("session end")

async def main():
    async with session() as token:
        print("token:", token)

asyncio.run(main())
