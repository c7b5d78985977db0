# A TaskGroup crawler over a fake site (links in a dict), limited depth, fake fetch with sleep.
import asyncio

SITE = {
    "/": ["/a", "/b"],
    "/a": ["/a/1", "/b", "/"],
    "/b": ["/b/1", "/b/2"],
    "/a/1": ["/"],
    "/b/1": ["/missing"],
    "/b/2": [],
}

async def fetch(url):
    await asyncio.sleep(0.01 * len(url))
    if url not in SITE:
        return None
    return SITE[url]

async def crawl(url, depth, seen, tg):
    if url in seen or depth < 0:
        return
    seen.add(url)
    links = await fetch(url)
    print(f"{'  ' * (2 - depth)}{url} -> {links}")
    for link in links or []:
        tg.create_task(crawl(link, depth - 1, seen, tg))

async def main():
    seen = set()
    async with asyncio.TaskGroup() as tg:
        tg.create_task(crawl("/", 2, seen, tg))
    print("crawled:", sorted(seen))

asyncio.run(main())
