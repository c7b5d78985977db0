# a simulated crawler: a queue of URLs, a Semaphore, per-fetch timeouts and retries
import asyncio

PAGES = {'/': ['/a', '/b', '/c'], '/a': ['/a1', '/b'], '/b': ['/slow'], '/c': [],
         '/a1': ['/'], '/slow': []}
DELAY = {'/slow': 0.5}
attempts = {}

async def fetch(url):
    attempts[url] = attempts.get(url, 0) + 1
    await asyncio.sleep(DELAY.get(url, 0.02 * len(url)))
    if url == '/c' and attempts[url] == 1:
        raise ConnectionResetError('flaky')
    return PAGES[url]

async def crawl_one(url, sem, q, seen, log):
    for attempt in range(2):
        try:
            async with sem:
                links = await asyncio.wait_for(fetch(url), 0.2)
            break
        except (ConnectionResetError, TimeoutError) as e:
            log.append(f'{url}: {type(e).__name__} on attempt {attempt + 1}')
    else:
        return
    for link in links:
        if link not in seen:
            seen.add(link)
            q.put_nowait(link)

async def worker(q, sem, seen, log):
    while True:
        url = await q.get()
        try:
            await crawl_one(url, sem, q, seen, log)
        finally:
            q.task_done()

async def main():
    q, seen, log = asyncio.Queue(), {'/'}, []
    q.put_nowait('/')
    sem = asyncio.Semaphore(2)
    workers = [asyncio.create_task(worker(q, sem, seen, log)) for _ in range(3)]
    await q.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    print('seen:', sorted(seen))
    print('attempts:', sorted(attempts.items()))
    print('\n'.join(sorted(log)))

asyncio.run(main())
