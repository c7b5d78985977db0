# A simulated web crawler: a fake link graph, a seen-set, depth limit and a Semaphore
import asyncio

LINKS = {
    "/": ["/a", "/b"],
    "/a": ["/a/1", "/a/2", "/"],
    "/b": ["/b/1", "/a"],
    "/a/1": ["/a/1/x"],
    "/a/2": [],
    "/b/1": ["/"],
    "/a/1/x": ["/deep"],
}

async def fetch(url):
    await asyncio.sleep(0.01 * len(url))
    if url not in LINKS:
        raise LookupError(f"404 {url}")
    return LINKS[url]

async def crawl(start, max_depth):
    seen, errors = {start}, []
    sem = asyncio.Semaphore(3)
    async def visit(url, depth):
        async with sem:
            try:
                links = await fetch(url)
            except LookupError as e:
                errors.append(str(e))
                return
        if depth == max_depth:
            return
        new = [l for l in links if l not in seen]
        seen.update(new)
        await asyncio.gather(*(visit(l, depth + 1) for l in new))
    await visit(start, 0)
    return sorted(seen), errors

async def main():
    for depth in (1, 3):
        pages, errors = await crawl("/", depth)
        print(f"depth {depth}: {len(pages)} pages {pages}")
        print("  errors:", errors)

asyncio.run(main())
