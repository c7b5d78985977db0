# __aiter__ written as an async def.
import asyncio

class Ticker:
    async def __aiter__(self):
        return self

    async def __anext__(self):
        raise StopAsyncIteration

async def main():
    async for t in Ticker():
        print(t)

asyncio.run(main())
