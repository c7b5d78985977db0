# A forgotten await inside an f-string with a format spec: coroutine has no __format__ for '.2f'
import asyncio

async def price_of(item):
    await asyncio.sleep(0.01)
    return {"tea": 2.5, "cake": 3.75}[item]

async def main():
    for item in ["tea", "cake"]:
        print(f"{item:>6}: {price_of(item):.2f} EUR")

asyncio.run(main())
