# Passing a list to gather instead of unpacking it
import asyncio

async def fetch(url):
    await asyncio.sleep(0.1)
    return f"content of {url}"

async def main():
    urls = ["a.com", "b.com", "c.com"]
    tasks = [fetch(u) for u in urls]
    results = await asyncio.gather(tasks)
    print(results)

asyncio.run(main())
