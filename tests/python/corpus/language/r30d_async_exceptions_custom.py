# Custom exceptions raised in tasks, caught by base class after gather, with notes
import asyncio


class FetchError(Exception):
    def __init__(self, url, status):
        super().__init__(f"{url} returned {status}")
        self.url, self.status = url, status


class Timeout(FetchError):
    pass


async def fetch(url, status, delay):
    await asyncio.sleep(delay)
    if status == 408:
        raise Timeout(url, status)
    if status >= 400:
        raise FetchError(url, status)
    return f"{url}: {status}"


async def main():
    specs = [("a", 200, 0.01), ("b", 404, 0.02), ("c", 408, 0.03), ("d", 200, 0.01)]
    results = await asyncio.gather(*(fetch(*s) for s in specs), return_exceptions=True)
    for r in results:
        match r:
            case Timeout(url=u):
                print("timeout", u)
            case FetchError(status=s) as e:
                print("failed", s, e)
            case str():
                print("ok", r)
    try:
        await fetch("e", 500, 0.01)
    except FetchError as e:
        e.add_note("while fetching the last page")
        raise


asyncio.run(main())
