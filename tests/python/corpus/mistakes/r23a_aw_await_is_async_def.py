import asyncio

class Resource:
    async def __await__(self):
        await asyncio.sleep(0)
        return self

async def main():
    r = await Resource()
    print("got", type(r).__name__)

asyncio.run(main())
