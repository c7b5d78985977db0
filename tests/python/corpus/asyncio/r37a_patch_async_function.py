# mock.patch replaces an async function with an AsyncMock automatically
import asyncio
import sys
from unittest import mock


async def fetch_price(symbol):
    await asyncio.sleep(1)
    return 100.0


async def portfolio_value(holdings):
    total = 0
    for symbol, qty in holdings.items():
        total += qty * await fetch_price(symbol)
    return total


async def main():
    this = sys.modules[__name__]
    with mock.patch.object(this, "fetch_price", side_effect=lambda s: {"AB": 2.5, "CD": 10}[s]) as fake:
        print(type(fake).__name__)
        print(await portfolio_value({"AB": 4, "CD": 3}))
        print(fake.await_args_list)
    print(fetch_price.__name__, type(fetch_price).__name__)


asyncio.run(main())
