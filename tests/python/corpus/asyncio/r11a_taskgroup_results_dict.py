import asyncio


async def price(symbol):
    await asyncio.sleep(len(symbol) / 1000)
    return {"AAPL": 190.5, "MSFT": 410.25, "GOOG": 140.0}[symbol]


async def main():
    symbols = ["AAPL", "MSFT", "GOOG"]
    async with asyncio.TaskGroup() as tg:
        tasks = {s: tg.create_task(price(s), name=f"price-{s}") for s in symbols}
    prices = {s: t.result() for s, t in tasks.items()}
    for s, p in sorted(prices.items(), key=lambda kv: kv[1]):
        print(f"{s:5} {p:>8.2f}")
    print("total", sum(prices.values()))


asyncio.run(main())
