# await inside a comprehension in a non-async helper.
import asyncio

async def value(i):
    return i

def collect():
    return [await value(i) for i in range(3)]

async def main():
    print(collect())

asyncio.run(main())
