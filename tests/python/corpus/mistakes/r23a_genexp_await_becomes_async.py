import asyncio

async def price(item):
    await asyncio.sleep(0)
    return {"tea": 2, "cake": 5}[item]

async def main():
    total = sum(await price(i) for i in ["tea", "cake"])
    print("total:", total)

asyncio.run(main())
