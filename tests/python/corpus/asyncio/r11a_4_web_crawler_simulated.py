import asyncio
from urllib.parse import urljoin

SITE = {
    "/": ["/about", "/blog"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/blog/1": [], "/blog/2": ["/blog/1", "/missing"], "/team": [],
}


async def fetch(path):
    await asyncio.sleep(0.001 * len(path))
    if path not in SITE:
        raise FileNotFoundError(path)
    return SITE[path]


async def crawl(start, max_concurrency=2):
    seen, errors = {start}, []
    queue = asyncio.Queue()
    queue.put_nowait(start)

    async def worker():
        while True:
            path = await queue.get()
            try:
                for link in await fetch(path):
                    link = urljoin("http://x" + path, link).removeprefix("http://x")
                    if link not in seen:
                        seen.add(link)
                        queue.put_nowait(link)
            except FileNotFoundError as e:
                errors.append(str(e))
            finally:
                queue.task_done()

    workers = [asyncio.create_task(worker()) for _ in range(max_concurrency)]
    await queue.join()
    for w in workers:
        w.cancel()
    return sorted(seen), errors


print(asyncio.run(crawl("/")))
