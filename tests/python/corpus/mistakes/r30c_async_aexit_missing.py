# An async context manager with __aenter__ but no __aexit__.
import asyncio

class Session:
    async def __aenter__(self):
        print("open session")
        return self

    async def close(self):
        print("closed")

async def main():
    async with Session() as s:
        print("using session")

asyncio.run(main())
