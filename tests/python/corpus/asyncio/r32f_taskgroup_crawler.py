# TaskGroup crawler over a fake site graph: fetch pages concurrently, follow links breadth-first
import asyncio

SITE = {
    "/": ["/a", "/b"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1"],
    "/a/1": [],
    "/a/2": ["/b"],
    "/b/1": ["/a/1"],
}

async def fetch(path):
    await asyncio.sleep(0.01 * len(path))
    return SITE.get(path, [])

async def crawl(start):
    seen = {start}
    frontier = [start]
    depth = 0
    while frontier:
        async with asyncio.TaskGroup() as tg:
            tasks = {p: tg.create_task(fetch(p)) for p in frontier}
        print(f"depth {depth}: {sorted(tasks)}")
        frontier = []
        for p, t in tasks.items():
            for link in t.result():
                if link not in seen:
                    seen.add(link)
                    frontier.append(link)
        depth += 1
    return sorted(seen)

print(asyncio.run(crawl("/")))
