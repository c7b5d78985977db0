# A downloader class whose async method forgot the self parameter
import asyncio

class Downloader:
    def __init__(self, urls):
        self.urls = urls

    async def fetch(url):
        await asyncio.sleep(0.01)
        return f"<{url}>"

    async def run(self):
        return await asyncio.gather(*(self.fetch(u) for u in self.urls))

print(asyncio.run(Downloader(["a", "b"]).run()))
