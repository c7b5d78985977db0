import asyncio

async def download(url):
    await asyncio.sleep(0.02)
    return len(url)

async def main():
    try:
        task = asyncio.create_task(download)
    except TypeError as e:
        print(type(e).__name__, str(e)[:30])
    task = asyncio.create_task(download())
    print(await task)

asyncio.run(main())
