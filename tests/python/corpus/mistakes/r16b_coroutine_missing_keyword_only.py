# A coroutine with a keyword-only argument called positionally
import asyncio

async def fetch(url, *, timeout):
    await asyncio.sleep(0.01)
    return f"{url} within {timeout}s"

async def main():
    tasks = [fetch("x.org", timeout=1), fetch("y.org", 2)]
    print(await asyncio.gather(*tasks))

asyncio.run(main())
