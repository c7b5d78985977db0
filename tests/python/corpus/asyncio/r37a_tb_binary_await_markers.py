# A failing await inside a larger expression: CPython 3.11's caret markers point at the sub-expression
import asyncio


async def price(item):
    await asyncio.sleep(0)
    return {"apple": 3, "pear": 4}[item]


async def total(basket):
    subtotal = await price(basket[0]) + await price(basket[1]) * 2
    return subtotal


async def main():
    print(await total(["apple", "pear"]))
    print(await total(["pear", "plum"]))


asyncio.run(main())
