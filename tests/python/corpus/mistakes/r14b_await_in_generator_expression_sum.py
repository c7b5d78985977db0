# Mistake: await in a generator expression passed to sum() (it becomes an async generator).
import asyncio


async def price(item):
    await asyncio.sleep(0.01)
    return len(item)


async def main():
    items = ['tea', 'coffee', 'milk']
    total = sum(await price(i) for i in items)
    print('total:', total)


asyncio.run(main())
