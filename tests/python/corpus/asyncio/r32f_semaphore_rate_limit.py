# Limit concurrent fake downloads to 3 with a Semaphore and track the peak concurrency
import asyncio

sem = asyncio.Semaphore(3)
active = 0
peak = 0

async def fetch(url):
    global active, peak
    async with sem:
        active += 1
        peak = max(peak, active)
        await asyncio.sleep(0.02)
        active -= 1
        return f"<html>{url}</html>"

async def main():
    urls = [f"https://example.com/page{i}" for i in range(10)]
    pages = await asyncio.gather(*(fetch(u) for u in urls))
    print(len(pages), "pages")
    print(pages[0])
    print(pages[-1])
    print("peak concurrency:", peak)
    print("semaphore locked at end?", sem.locked())

asyncio.run(main())
