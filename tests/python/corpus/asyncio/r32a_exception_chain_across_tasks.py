# raise ... from inside a task, re-raised in the awaiting coroutine: full chain printed
import asyncio

class FetchError(Exception):
    pass

async def fetch(key):
    data = {"a": 1}
    await asyncio.sleep(0)
    try:
        return data[key]
    except KeyError as e:
        raise FetchError(f"cannot fetch {key!r}") from e

async def main():
    t = asyncio.create_task(fetch("b"))
    try:
        await t
    except FetchError:
        raise RuntimeError("main gave up")

asyncio.run(main())
