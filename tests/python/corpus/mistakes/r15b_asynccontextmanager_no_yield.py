# Mistake: an @asynccontextmanager that returns instead of yielding on one path.
import asyncio
from contextlib import asynccontextmanager

@asynccontextmanager
async def session(user):
    if not user:
        print("no user")
        return
    print("login", user)
    yield user
    print("logout", user)

async def main():
    async with session("ada") as s:
        print("hello", s)
    async with session("") as s:
        print("hello", s)

asyncio.run(main())
