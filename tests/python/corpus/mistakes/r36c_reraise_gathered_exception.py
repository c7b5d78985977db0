# collecting errors with return_exceptions, then raising the first one myself
import asyncio

async def fetch(url):
    await asyncio.sleep(0.01)
    if "bad" in url:
        raise ValueError(f"cannot fetch {url}")
    return len(url)

async def main():
    results = await asyncio.gather(fetch("ok.com"), fetch("bad.org"), return_exceptions=True)
    print(results[0])
    for r in results:
        if isinstance(r, Exception):
            raise r

asyncio.run(main())
