# fetch() gets a default retry count, then the url it needs
import asyncio

async def fetch(retries=3, url):
    for attempt in range(retries):
        await asyncio.sleep(0.01)
        print("try", attempt, url)
    return url.upper()

print(asyncio.run(fetch(url="example")))
