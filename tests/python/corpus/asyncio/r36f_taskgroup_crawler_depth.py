# A TaskGroup-based crawler with fake fetches that follows links up to a depth limit.
import asyncio

SITE = {
    "/": ["/a", "/b"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1"],
    "/a/1": [],
    "/a/2": ["/b/1"],
    "/b/1": ["/deep"],
    "/deep": ["/deeper"],
}

seen = set()
order = []

async def fetch(path):
    await asyncio.sleep(0.01 * len(path))
    return SITE.get(path, [])

async def crawl(path, depth, tg):
    if path in seen or depth < 0:
        return
    seen.add(path)
    links = await fetch(path)
    order.append((depth, path))
    for link in links:
        tg.create_task(crawl(link, depth - 1, tg))

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(crawl("/", 3, tg))
    print(sorted(order, key=lambda p: (-p[0], p[1])))
    print(sorted(seen))

asyncio.run(main())
