# A crawler: TaskGroup plus Semaphore(2); one page fails and every other fetch is cancelled
import asyncio

PAGES = {"/": ["/a", "/b", "/c"], "/a": ["/a/1"], "/b": [], "/c": ["/broken"], "/a/1": []}
fetched = []
cancelled = []


async def fetch(url, sem):
    async with sem:
        try:
            await asyncio.sleep(0.2 if url == "/a/1" else 0.02)
        except asyncio.CancelledError:
            cancelled.append(url)
            raise
        if url not in PAGES:
            raise FileNotFoundError(url)
        fetched.append(url)
        return PAGES[url]


async def crawl(url, tg, sem, seen):
    for link in await fetch(url, sem):
        if link not in seen:
            seen.add(link)
            tg.create_task(crawl(link, tg, sem, seen))


async def main():
    sem = asyncio.Semaphore(2)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(crawl("/", tg, sem, {"/"}))
    except* FileNotFoundError as eg:
        print("missing:", [str(e) for e in eg.exceptions])
    print("fetched:", sorted(fetched))
    print("cancelled:", sorted(cancelled))
    print("semaphore free again:", not sem.locked())


asyncio.run(main())
