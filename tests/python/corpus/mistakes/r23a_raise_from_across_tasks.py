import asyncio

class FetchError(Exception):
    pass

async def get(url):
    await asyncio.sleep(0)
    raise OSError(f"cannot resolve host for {url}")

async def fetch(url):
    try:
        return await get(url)
    except OSError as e:
        raise FetchError(f"fetch failed: {url}") from e

async def main():
    task = asyncio.create_task(fetch("http://example.invalid"))
    print(await task)

asyncio.run(main())
