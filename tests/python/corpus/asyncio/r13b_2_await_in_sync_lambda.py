import asyncio

async def double(x):
    return x * 2

async def main():
    results = list(map(lambda x: await double(x), [1, 2, 3]))
    print(results)

asyncio.run(main())
