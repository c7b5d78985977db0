# A fixed pool of workers pulling URLs from a queue, storing results and errors in a dict
import asyncio
import random

random.seed(11)
URLS = [f"https://site{i}.example/page" for i in range(8)]

async def fake_fetch(url):
    await asyncio.sleep(random.choice([0.01, 0.02, 0.03]))
    if url.startswith("https://site3") or url.startswith("https://site6"):
        raise ConnectionResetError(f"reset by {url.split('/')[2]}")
    return len(url) * 100

async def worker(wid, queue, results):
    while True:
        url = await queue.get()
        try:
            results[url] = await fake_fetch(url)
        except OSError as e:
            results[url] = e
        finally:
            queue.task_done()

async def main():
    queue = asyncio.Queue()
    for u in URLS:
        queue.put_nowait(u)
    results = {}
    workers = [asyncio.create_task(worker(i, queue, results)) for i in range(3)]
    await queue.join()
    for w in workers:
        w.cancel()
    await asyncio.gather(*workers, return_exceptions=True)
    for url in URLS:
        r = results[url]
        print(url.split("/")[2], "ERR" if isinstance(r, Exception) else "OK ", r)

asyncio.run(main())
