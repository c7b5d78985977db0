import asyncio

class HTTPError(Exception):
    def __init__(self, status, url):
        super().__init__(status, url)
        self.status = status
        self.url = url
    def __str__(self):
        return f"{self.status} for {self.url}"

async def get(url):
    await asyncio.sleep(0)
    raise HTTPError(404, url)

async def main():
    results = await asyncio.gather(get("/a"), get("/b"), return_exceptions=True)
    for r in results:
        print(repr(r), "|", r, "|", r.status)
    await get("/c")

asyncio.run(main())
