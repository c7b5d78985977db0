# Bulkhead pattern: a separate Semaphore per host, via defaultdict, limiting 2 fetches per host
import asyncio
from collections import defaultdict

limits = defaultdict(lambda: asyncio.Semaphore(2))
active = defaultdict(int)
peak = defaultdict(int)

async def fetch(url):
    host = url.split("/")[2]
    async with limits[host]:
        active[host] += 1
        peak[host] = max(peak[host], active[host])
        await asyncio.sleep(0.02)
        active[host] -= 1
    return f"{url} -> 200"

async def main():
    urls = [f"https://{h}/page{i}" for h in ("a.com", "b.org") for i in range(5)]
    urls += ["https://c.net/only"]
    results = await asyncio.gather(*(fetch(u) for u in urls))
    for r in results[:3]:
        print(r)
    print("...")
    print(dict(sorted(peak.items())))
    print("semaphores:", sorted(limits))
    print("a.com locked?", limits["a.com"].locked())

asyncio.run(main())
