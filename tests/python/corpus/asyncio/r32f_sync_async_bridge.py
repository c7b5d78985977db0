# Calling async code from sync code: asyncio.run in a helper, and the mistake of nesting it
import asyncio

async def fetch_price(symbol):
    await asyncio.sleep(0.01)
    return {"AAPL": 190.5, "MSFT": 410.25}.get(symbol, 0.0)

def get_price_sync(symbol):
    return asyncio.run(fetch_price(symbol))

async def portfolio():
    return get_price_sync("AAPL") + get_price_sync("MSFT")

print(get_price_sync("AAPL"))
print([get_price_sync(s) for s in ("MSFT", "IBM")])
print(asyncio.run(portfolio()))
