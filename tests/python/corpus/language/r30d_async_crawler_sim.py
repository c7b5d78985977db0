# A simulated async web crawler: a fake link graph, a Queue of URLs, a visited set and worker tasks
import asyncio

LINKS = {
    "/": ["/about", "/blog", "/shop"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/"],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/blog/1", "/missing"],
    "/shop": ["/shop/cart"],
    "/team": [],
    "/shop/cart": ["/"],
}


async def fetch(url):
    await asyncio.sleep(0.005 * len(url))
    if url not in LINKS:
        raise LookupError(f"404 {url}")
    return LINKS[url]


async def worker(q, visited, errors):
    while True:
        url = await q.get()
        try:
            for link in await fetch(url):
                if link not in visited:
                    visited.add(link)
                    q.put_nowait(link)
        except LookupError as e:
            errors.append(str(e))
        finally:
            q.task_done()


async def main():
    q, visited, errors = asyncio.Queue(), {"/"}, []
    q.put_nowait("/")
    tasks = [asyncio.create_task(worker(q, visited, errors)) for _ in range(3)]
    await q.join()
    for t in tasks:
        t.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    print(len(visited), sorted(visited))
    print(errors)


asyncio.run(main())
