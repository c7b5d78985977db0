import asyncio

async def price(item):
    await asyncio.sleep(0)
    return {"tea": 2, "cake": 4}[item]

async def main():
    prices = {item: price(item) for item in ("tea", "cake")}
    total = 0
    for item, p in prices.items():
        total += p
    print("total", total)

asyncio.run(main())
