# Mistake: sum(await price(x) for x in items) makes an async generator expression, which sum() can't iterate
import asyncio

async def price(item):
    await asyncio.sleep(0.01)
    return {"apple": 3, "pear": 5, "fig": 7}[item]

async def main():
    items = ["apple", "pear", "fig"]
    total = sum([await price(x) for x in items])
    print("list comprehension works:", total)
    gen = (await price(x) for x in items)
    print(type(gen).__name__)
    try:
        print(sum(gen))
    except TypeError as e:
        print("TypeError:", e)
    print("async way:", sum([p async for p in gen]))

asyncio.run(main())
