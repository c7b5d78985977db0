import asyncio

async def get_total(prices):
    await asyncio.sleep(0)
    return sum(prices)

async def main():
    prices = [3.5, 2.25, 10.0]
    print("computing total...")
    print(f"Total: {get_total(prices):.2f} EUR")

asyncio.run(main())
