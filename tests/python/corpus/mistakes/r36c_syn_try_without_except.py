# wrap the download in try, planning to add the handler later
import asyncio

async def download(n):
    try:
        await asyncio.sleep(0.01)
        return n * 10
    print("downloaded", n)

asyncio.run(download(4))
