# Called my coroutine by the wrong name inside main.
import asyncio

async def download_page(url):
    await asyncio.sleep(0.02)
    return f"<html>{url}</html>"

async def main():
    page = await downlod_page("example.org")
    print(page)

asyncio.run(main())
