# Gather a dict of named coroutines and zip the names back with the results.
import asyncio

async def price(symbol):
    await asyncio.sleep(0.01 * len(symbol))
    return {"AAPL": 190.5, "MSFT": 410.25, "GOOG": 140.0}.get(symbol)

async def main():
    symbols = ["MSFT", "GOOG", "AAPL", "TSLA"]
    prices = dict(zip(symbols, await asyncio.gather(*map(price, symbols))))
    print(prices)
    for sym, p in sorted(prices.items(), key=lambda kv: (kv[1] is None, kv[1] or 0)):
        print(f"{sym:<5}{'n/a' if p is None else f'{p:>8.2f}'}")
    known = {k: v for k, v in prices.items() if v is not None}
    print(max(known, key=known.get), f"{sum(known.values()) / len(known):.3f}")

asyncio.run(main())
