# async with on an ordinary context manager.
import asyncio

class Resource:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, *exc):
        print("exit")

async def main():
    async with Resource() as r:
        print("using", type(r).__name__)

asyncio.run(main())
