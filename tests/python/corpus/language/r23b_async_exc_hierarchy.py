import asyncio

class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(f"{url} -> {status}")
        self.url = url
        self.status = status

class NotFound(FetchError):
    pass

class ServerError(FetchError):
    pass

async def fetch(url):
    await asyncio.sleep(0.01)
    if "missing" in url:
        raise NotFound(url, 404)
    if "broken" in url:
        raise ServerError(url, 500)
    return f"<{url}>"

async def fetch_safe(url):
    try:
        return await fetch(url)
    except NotFound as e:
        return f"default for {e.url}"
    except FetchError as e:
        raise RuntimeError(f"giving up on {e.url}") from e

async def main():
    for url in ["a.com", "missing.com", "broken.com"]:
        try:
            print(await fetch_safe(url))
        except RuntimeError as e:
            print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__.status)
    results = await asyncio.gather(fetch("x"), fetch("missing"), return_exceptions=True)
    print([type(r).__name__ for r in results], results[1].args)
    await fetch_safe("broken.org")

asyncio.run(main())
