import asyncio

async def divide(a, b):
    await asyncio.sleep(0.01)
    return a / b

async def main():
    pairs = [(10, 2), (3, 0), (8, 4)]
    results = await asyncio.gather(*(divide(a, b) for a, b in pairs))
    print(results)

asyncio.run(main())
