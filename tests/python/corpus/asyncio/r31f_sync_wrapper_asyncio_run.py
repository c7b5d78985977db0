# A sync wrapper around an async function, called from sync and (wrongly) async code
import asyncio

async def fetch_price(sym):
    await asyncio.sleep(0.01)
    return {"AAPL": 190.5, "MSFT": 410.25}[sym]

def get_price(sym):
    return asyncio.run(fetch_price(sym))

print(get_price("AAPL"))

async def report():
    return get_price("MSFT")

asyncio.run(report())
