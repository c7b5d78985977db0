# await inside a lambda given to map.
import asyncio

async def double(x):
    return x * 2

async def main():
    print(list(map(lambda x: await double(x), [1, 2])))

asyncio.run(main())
