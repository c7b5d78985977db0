# Rate limit with a Semaphore and print when the semaphore reports locked().
import asyncio

sem = asyncio.Semaphore(2)

async def fetch(url):
    async with sem:
        print(f"start {url} locked={sem.locked()}")
        await asyncio.sleep(0.05)
        print(f"end   {url}")
        return len(url)

async def main():
    urls = ["a.com", "bb.org", "ccc.net", "dddd.io", "e.co"]
    sizes = await asyncio.gather(*(fetch(u) for u in urls))
    print(dict(zip(urls, sizes)))
    print("after:", sem.locked(), sem._value)

asyncio.run(main())
