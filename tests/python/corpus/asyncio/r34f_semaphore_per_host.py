# Limit concurrency per host with a defaultdict of Semaphores (two requests per host).
import asyncio
from collections import defaultdict
from urllib.parse import urlsplit

limits = defaultdict(lambda: asyncio.Semaphore(2))
active = defaultdict(int)
peaks = defaultdict(int)

async def get(url):
    host = urlsplit(url).netloc
    async with limits[host]:
        active[host] += 1
        peaks[host] = max(peaks[host], active[host])
        await asyncio.sleep(0.01)
        active[host] -= 1
    return url.rsplit("/", 1)[-1]

async def main():
    urls = [f"https://{h}/page{i}" for h in ("a.com", "b.org") for i in range(5)]
    urls.append("https://c.net/only")
    print(await asyncio.gather(*map(get, urls)))
    print(dict(peaks))
    print(sorted(limits))

asyncio.run(main())
