# An async iterator over a paginated "API", plus an async timing decorator
import asyncio
import functools
import time

def timed(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        t = time.perf_counter()
        try:
            return await fn(*args, **kwargs)
        finally:
            print(f"{fn.__name__} finished (fast: {time.perf_counter() - t < 1})")
    return wrapper

DATA = list(range(1, 12))

@timed
async def get_page(page, size=4):
    await asyncio.sleep(0.01)
    chunk = DATA[page * size:(page + 1) * size]
    return {"items": chunk, "next": page + 1 if (page + 1) * size < len(DATA) else None}

class Paginator:
    def __init__(self):
        self.page, self.buffer = 0, []

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.buffer:
            if self.page is None:
                raise StopAsyncIteration
            resp = await get_page(self.page)
            self.buffer, self.page = resp["items"], resp["next"]
        return self.buffer.pop(0)

async def main():
    items = [x async for x in Paginator()]
    print(items, get_page.__name__, get_page.__wrapped__.__name__)
    print(asyncio.iscoroutinefunction(get_page))

asyncio.run(main())
