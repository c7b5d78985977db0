import asyncio

PRICES = {"apple": 1.25, "pear": None, "plum": 0.8}


async def quote(name):
    await asyncio.sleep(0)
    return PRICES.get(name)


async def main():
    for name in PRICES:
        price = await quote(name)
        print(f"{name:<6} {price:>6.2f}")


asyncio.run(main())
