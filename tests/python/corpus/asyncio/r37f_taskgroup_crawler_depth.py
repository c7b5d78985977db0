# A TaskGroup crawler over a fake link graph, with a depth limit and a visited set
import asyncio

LINKS = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/missing"],
    "/shop": ["/shop/cart"],
    "/team": [],
    "/shop/cart": ["/checkout"],
}

async def fetch(path):
    await asyncio.sleep(0.01)
    if path not in LINKS:
        return None
    return LINKS[path]

async def crawl(path, depth, seen, tg, found):
    if path in seen or depth < 0:
        return
    seen.add(path)
    links = await fetch(path)
    found[path] = "404" if links is None else len(links)
    for link in links or []:
        tg.create_task(crawl(link, depth - 1, seen, tg, found))

async def main():
    seen, found = set(), {}
    async with asyncio.TaskGroup() as tg:
        tg.create_task(crawl("/", 2, seen, tg, found))
    for path in sorted(found):
        print(f"{path:12} {found[path]}")
    print("not crawled:", sorted(set(LINKS) - seen))

asyncio.run(main())
