import asyncio

class Bad:
    async def __aiter__(self):
        return self
    async def __anext__(self):
        raise StopAsyncIteration

async def main():
    try:
        async for x in Bad():
            print(x)
    except TypeError as e:
        print('TypeError:', e)

asyncio.run(main())
