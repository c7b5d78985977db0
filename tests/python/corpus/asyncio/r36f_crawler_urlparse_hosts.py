# Fake crawler: limit concurrency per host using urllib.parse to read the host name.
import asyncio
from collections import defaultdict
from urllib.parse import urlparse

URLS = ["https://a.com/x", "https://a.com/y", "https://b.org/", "https://a.com/z", "http://b.org/p?q=1"]
limits = defaultdict(lambda: asyncio.Semaphore(1))
active = defaultdict(int)
peak = defaultdict(int)

async def fetch(url):
    host = urlparse(url).netloc
    async with limits[host]:
        active[host] += 1
        peak[host] = max(peak[host], active[host])
        await asyncio.sleep(0.01)
        active[host] -= 1
    return host, urlparse(url).path or "/"

async def main():
    for host, path in await asyncio.gather(*map(fetch, URLS)):
        print(f"{host:6} {path}")
    print(dict(peak))

asyncio.run(main())
