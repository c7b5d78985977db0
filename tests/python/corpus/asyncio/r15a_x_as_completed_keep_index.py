# as_completed loses the input order: wrap each coroutine to return its index too
import asyncio

async def fetch(url, delay):
    await asyncio.sleep(delay)
    return f"<html {url}>"

async def indexed(i, coro):
    return i, await coro

async def main():
    urls = [("a.com", 0.3), ("b.com", 0.1), ("c.com", 0.2)]
    results = [None] * len(urls)
    for fut in asyncio.as_completed([indexed(i, fetch(u, d)) for i, (u, d) in enumerate(urls)]):
        i, page = await fut
        print("finished", i)
        results[i] = page
    print(results)

asyncio.run(main())
