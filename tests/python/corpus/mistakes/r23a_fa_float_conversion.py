import asyncio

async def get_price(symbol):
    await asyncio.sleep(0)
    return "101.5"

async def main():
    price = float(get_price("ACME"))
    print("price:", price)

asyncio.run(main())
