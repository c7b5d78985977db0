import asyncio

async def quantity(item):
    await asyncio.sleep(0)
    return {"apples": 3, "pears": "2"}[item]

async def main():
    total_items_in_the_shopping_basket = await quantity("apples") + await quantity("pears")
    print(total_items_in_the_shopping_basket)

asyncio.run(main())
