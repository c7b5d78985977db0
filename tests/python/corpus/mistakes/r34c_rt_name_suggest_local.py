# A typo in a local variable name inside a coroutine
import asyncio

async def download(url):
    await asyncio.sleep(0.01)
    response_text = f"page at {url}"
    return len(respone_text)

print(asyncio.run(download("example.org")))
