# Beginners' post: "fetch" several URLs concurrently (simulated with sleeps)
import asyncio
import time

URLS = {
    "https://example.com": 0.3,
    "https://python.org": 0.5,
    "https://realpython.com": 0.1,
    "https://docs.python.org/3/library/asyncio.html": 0.2,
}

async def fetch(url):
    print(f"Fetching {url} ...")
    await asyncio.sleep(URLS[url])
    body = f"<html>{url.split('//')[1]}</html>"
    print(f"Done {url}: {len(body)} bytes")
    return url, len(body)

async def main():
    start = time.perf_counter()
    results = await asyncio.gather(*[fetch(u) for u in URLS])
    for url, size in results:
        print(f"{url:<50} {size:>5}")
    total = sum(size for _, size in results)
    print(f"Total: {total} bytes in {time.perf_counter() - start:.1f}s")

asyncio.run(main())
