# 'async for' and 'async with' over objects that do not support them
import asyncio

class HalfIter:
    def __aiter__(self):
        return self

class Plain:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False

async def main():
    try:
        async for x in [1, 2, 3]:
            print(x)
    except TypeError as e:
        print("TypeError:", e)
    try:
        async for x in HalfIter():
            print(x)
    except TypeError as e:
        print("TypeError:", e)
    async with Plain():
        print("not reached")

asyncio.run(main())
