import asyncio

async def fetch_price(item):
    await asyncio.sleep(0.05)
    return {"apple": 3, "pear": 5}[item]

async def main():
    price = fetch_price("apple")
    total = price * 2
    print("total:", total)

asyncio.run(main())
