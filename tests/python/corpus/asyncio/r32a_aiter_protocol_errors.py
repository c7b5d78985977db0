# 'async for' over objects with broken __aiter__/__anext__
import asyncio

class NoAnext:
    def __aiter__(self):
        return [1, 2]

class SyncAnext:
    def __aiter__(self):
        return self
    def __anext__(self):
        return 1

async def main():
    try:
        async for x in NoAnext():
            pass
    except TypeError as e:
        print("TypeError:", e)
    async for x in SyncAnext():
        print(x)

asyncio.run(main())
