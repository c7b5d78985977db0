import asyncio

async def price(i):
    await asyncio.sleep(0.01)
    return i + 0.5

async def main():
    sum = 0
    prices = await asyncio.gather(*[price(i) for i in range(3)])
    for p in prices:
        sum += p
    print("manual", sum)
    print("builtin", sum(prices))

asyncio.run(main())
