import asyncio


async def price(symbol):
    await asyncio.sleep(0.01 * len(symbol))
    return symbol, len(symbol) * 10


async def main():
    coros = [price(s) for s in ["AB", "CDE", "F"]]
    for fut in asyncio.as_completed(coros):
        symbol, value = fut.result()
        print(symbol, value)


asyncio.run(main())
