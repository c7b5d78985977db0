import asyncio

async def load(key):
    cache = {}
    try:
        return cache[key]
    except KeyError:
        await asyncio.sleep(0)
        return int(key) + undefined_offset

async def main():
    print(await load("7"))

asyncio.run(main())
