# A coroutine function called with one argument too many: the TypeError comes at the call
import asyncio

async def download(url, retries):
    await asyncio.sleep(0.01)
    return f"{url} ok after {retries}"

async def main():
    print(await download("a.org", 3))
    print(await download("b.org", 3, 10))

asyncio.run(main())
