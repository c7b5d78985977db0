import asyncio

async def compute(x):
    await asyncio.sleep(0.01)
    return x * 2

async def main():
    result = compute(21)
    print("got result, adding one")
    print(result + 1)

asyncio.run(main())
