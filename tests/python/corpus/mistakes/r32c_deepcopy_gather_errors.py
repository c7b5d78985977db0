# Snapshotting gather's results with deepcopy when they include a custom exception.
import asyncio
import copy

class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(f"{url} returned {status}")
        self.url = url
        self.status = status

async def fetch(url):
    await asyncio.sleep(0.01)
    if url.endswith("missing"):
        raise FetchError(url, 404)
    return f"<html of {url}>"

async def main():
    results = await asyncio.gather(fetch("/home"), fetch("/missing"), return_exceptions=True)
    print([type(r).__name__ for r in results])
    snapshot = copy.deepcopy(results)
    print("snapshot taken", len(snapshot))

asyncio.run(main())
