import asyncio

async def square(x):
    await asyncio.sleep(0)
    return x * x

async def main():
    values = await [square(x) for x in range(4)]
    print(values)

asyncio.run(main())
