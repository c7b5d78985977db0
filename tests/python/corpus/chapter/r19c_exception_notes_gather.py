# Adding context to task errors with add_note (3.11) and printing tracebacks
import asyncio
import traceback

async def fetch(url):
    await asyncio.sleep(0.01)
    if "bad" in url:
        raise ConnectionError(f"cannot reach {url}")
    return url.upper()

async def fetch_with_note(url):
    try:
        return await fetch(url)
    except ConnectionError as e:
        e.add_note(f"while fetching {url!r}")
        raise

async def main():
    results = await asyncio.gather(*(fetch_with_note(u) for u in ["a", "bad1", "c"]), return_exceptions=True)
    for r in results:
        if isinstance(r, BaseException):
            print("".join(traceback.format_exception_only(r)), end="")
            print("notes:", r.__notes__)
        else:
            print("ok", r)
    await fetch_with_note("bad2")

asyncio.run(main())
