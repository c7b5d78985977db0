# Mistake: sum() over a generator expression containing await makes an async generator.
import asyncio

async def price(item):
    await asyncio.sleep(0.001)
    return {"apple": 3, "pear": 4}[item]

async def main():
    items = ["apple", "pear", "apple"]
    total = sum([await price(i) for i in items])
    print("list comprehension total:", total)
    gen = (await price(i) for i in items)
    print(type(gen).__name__)
    print("sum of genexp:", sum(gen))

asyncio.run(main())
