# await inside a lambda used as a sort key
import asyncio

async def weight(item):
    await asyncio.sleep(0)
    return len(item)

async def main():
    words = ["pear", "fig", "banana"]
    print(sorted(words, key=lambda w: await weight(w)))

asyncio.run(main())
