# __aenter__ written as a normal method.
import asyncio

class Pool:
    def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return False

async def main():
    async with Pool() as p:
        print("got pool")

asyncio.run(main())
