import asyncio

prices = {"apple": 3, "pear": 5}

def lookup(item):
    return prices[item]

async def buy(item, qty):
    await asyncio.sleep(0)
    cost = lookup(item) * qty
    print(f"{item}: {cost}")
    return cost

async def main():
    t = asyncio.create_task(buy("kiwi", 2))
    await buy("apple", 2)
    await t

asyncio.run(main())
