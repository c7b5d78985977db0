import asyncio
class Downloader:
    def __init__(self, urls):
        self.urls = urls
    async def fetch(self, url):
        await asyncio.sleep(0.01)
        if "bad" in url:
            raise ConnectionError(f"failed to fetch {url}")
        return len(url)
    async def run(self):
        tasks = [asyncio.create_task(self.fetch(u)) for u in self.urls]
        results = []
        for t in tasks:
            try:
                results.append(await t)
            except ConnectionError as e:
                print("error:", e)
                results.append(None)
        return results
print(asyncio.run(Downloader(["a.com", "bad.com", "cc.org"]).run()))
asyncio.run(Downloader(["bad"]).fetch("bad"))
