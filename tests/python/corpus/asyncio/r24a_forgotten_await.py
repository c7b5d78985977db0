import asyncio

async def compute(x):
    await asyncio.sleep(0.01)
    return x + 1

async def main():
    value = compute(1)
    print("value is", type(value).__name__)
    total = value + 1
    print(total)

asyncio.run(main())
