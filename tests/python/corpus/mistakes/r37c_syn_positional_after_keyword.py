# calling my downloader with the url as a keyword and then a retry count
import asyncio

async def download(url, retries, delay=0.01):
    for attempt in range(retries):
        await asyncio.sleep(delay)
        print("try", attempt, url)
    return url.upper()

async def main():
    page = await download(url="example.org", 2)
    print(page)

asyncio.run(main())
