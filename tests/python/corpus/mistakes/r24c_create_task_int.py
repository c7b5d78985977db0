import asyncio

def compute(x):
    return x * 10

async def main():
    t = asyncio.create_task(compute(4))
    print(await t)

asyncio.run(main())
