# Storing self.work() on the instance instead of scheduling it.
import asyncio

class Downloader:
    def __init__(self, url):
        self.url = url
        self.job = self.fetch()

    async def fetch(self):
        await asyncio.sleep(0.01)
        print("fetched", self.url)

async def main():
    d = Downloader("example.org")
    await asyncio.sleep(0.02)
    print("main done, job is a", type(d.job).__name__)

asyncio.run(main())
print("program end")
