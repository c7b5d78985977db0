import asyncio

class FetchError(Exception):
    pass

async def fetch(key, store):
    await asyncio.sleep(0)
    try:
        return store[key]
    except KeyError as e:
        raise FetchError(f"no such key: {key!r}") from e

async def main():
    store = {"x": 1}
    print(await fetch("x", store))
    t = asyncio.create_task(fetch("y", store))
    done, _ = await asyncio.wait([t])
    print(type(t.exception()).__name__, t.exception())
    await t

asyncio.run(main())
