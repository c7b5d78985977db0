# Simulated web crawler: worker pool pulling URLs from a queue, with a visited set
import asyncio

LINKS = {
    "/": ["/about", "/blog"],
    "/about": ["/", "/team"],
    "/blog": ["/blog/1", "/blog/2", "/about"],
    "/team": [],
    "/blog/1": ["/blog/2"],
    "/blog/2": ["/"],
}

async def fetch(url):
    await asyncio.sleep(0.01 * len(url))
    return LINKS.get(url, [])

async def worker(name, q, seen, log):
    while True:
        url = await q.get()
        try:
            for link in await fetch(url):
                if link not in seen:
                    seen.add(link)
                    q.put_nowait(link)
            log.append((name, url))
        finally:
            q.task_done()

async def main():
    q, seen, log = asyncio.Queue(), {"/"}, []
    q.put_nowait("/")
    workers = [asyncio.create_task(worker(f"w{i}", q, seen, log)) for i in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print("crawled:", sorted(url for _, url in log))
    print("pages:", len(seen), "per worker:", {w: sum(1 for n, _ in log if n == w) > 0 for w in ("w0", "w1", "w2")})

asyncio.run(main())
