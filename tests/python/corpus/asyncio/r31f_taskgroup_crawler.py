# TaskGroup crawler with fake fetches: crawl links breadth-first to depth 2
import asyncio

SITE = {
    "/": ["/a", "/b"],
    "/a": ["/a/1", "/b"],
    "/b": ["/"],
    "/a/1": [],
}

async def fetch(path):
    await asyncio.sleep(0.01 * len(path))
    return SITE.get(path, [])

async def crawl(start, depth):
    seen = {start}
    frontier = [start]
    for level in range(depth):
        async with asyncio.TaskGroup() as tg:
            tasks = {p: tg.create_task(fetch(p)) for p in frontier}
        nxt = []
        for p, t in tasks.items():
            for link in t.result():
                if link not in seen:
                    seen.add(link)
                    nxt.append(link)
        print(f"level {level}: {frontier} -> {nxt}")
        frontier = nxt
    return sorted(seen)

print(asyncio.run(crawl("/", 3)))
