import asyncio

async def limited_fetch(sem, url):
    async with sem:
        print("fetching", url)
        await asyncio.sleep(0.02)
        return len(url)

async def main():
    sem = asyncio.Semaphore(2)
    urls = [f"https://example.com/page/{i}" for i in range(5)]
    tasks = []
    for url in urls:
        tasks.append(asyncio.create_task(limited_fetch(sem, url)))
        await asyncio.sleep(0.005)
    sizes = await asyncio.gather(*tasks)
    print(sizes)

asyncio.run(main())
