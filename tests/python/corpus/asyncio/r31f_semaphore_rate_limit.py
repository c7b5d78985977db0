# Limit concurrent "downloads" to 2 with a Semaphore and track the peak
import asyncio

sem = asyncio.Semaphore(2)
active = 0
peak = 0

async def download(url, delay):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        print(f"start {url} (active={active})")
        await asyncio.sleep(delay)
        active -= 1
        print(f"done  {url}")
        return len(url)

async def main():
    urls = [("http://a.example", 0.35), ("http://bb.example", 0.1),
            ("http://ccc.example", 0.1), ("http://dddd.example", 0.02)]
    sizes = await asyncio.gather(*(download(u, d) for u, d in urls))
    print("sizes:", sizes)
    print("peak concurrency:", peak)
    print("semaphore locked at end?", sem.locked())

asyncio.run(main())
