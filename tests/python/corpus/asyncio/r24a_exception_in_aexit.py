import asyncio

class Resource:
    async def __aenter__(self):
        print("enter")
        return self

    async def __aexit__(self, et, exc, tb):
        print("exit sees", repr(exc))
        await asyncio.sleep(0)
        raise RuntimeError("cleanup failed")

async def main():
    async with Resource():
        raise ValueError("work failed")

asyncio.run(main())
