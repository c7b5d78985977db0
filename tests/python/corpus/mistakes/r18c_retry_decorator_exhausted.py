import asyncio
import functools


class RetryError(Exception):
    pass


def retry(times):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            last = None
            for attempt in range(1, times + 1):
                try:
                    return await fn(*args, **kwargs)
                except ConnectionError as exc:
                    print(f"attempt {attempt} failed: {exc}")
                    last = exc
                    await asyncio.sleep(0.01 * attempt)
            raise RetryError(f"{fn.__name__} failed after {times} attempts") from last
        return wrapper
    return deco


calls = 0


@retry(times=3)
async def fetch(url):
    global calls
    calls += 1
    if calls < 10:
        raise ConnectionError(f"refused: {url} (call {calls})")
    return "ok"


async def main():
    body = await fetch("http://example.invalid/api")
    print("got", body)


asyncio.run(main())
