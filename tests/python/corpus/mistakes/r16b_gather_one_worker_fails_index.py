# One of the gathered workers fails with an IndexError: gather raises it in main
import asyncio

async def nth_item(items, n):
    await asyncio.sleep(0.01 * n)
    return items[n]

async def main():
    fruits = ["apple", "pear", "plum"]
    results = await asyncio.gather(*(nth_item(fruits, i) for i in range(4)))
    print(results)

asyncio.run(main())
