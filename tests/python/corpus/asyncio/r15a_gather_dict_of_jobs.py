# gather over a dict's values, zipped back to its keys
import asyncio

async def price(symbol):
    await asyncio.sleep(len(symbol) * 0.01)
    return round(sum(map(ord, symbol)) / 10, 1)

async def main():
    symbols = ["AAPL", "GOOG", "MSFT", "IBM", "TSLA"]
    coros = {s: price(s) for s in symbols}
    values = await asyncio.gather(*coros.values())
    prices = dict(zip(coros.keys(), values))
    for s, p in sorted(prices.items(), key=lambda kv: kv[1]):
        print(f"{s:5} {p:8.2f}")

asyncio.run(main())
