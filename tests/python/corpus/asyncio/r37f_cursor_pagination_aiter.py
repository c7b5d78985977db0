# Async iterator that pages through a fake API with a cursor, as in an API client tutorial
import asyncio

DATA = [f"item{i:02d}" for i in range(11)]

async def fake_api(cursor, limit=4):
    await asyncio.sleep(0.01)
    page = DATA[cursor:cursor + limit]
    nxt = cursor + limit if cursor + limit < len(DATA) else None
    return {"items": page, "next": nxt}

class Paginator:
    def __init__(self):
        self.cursor = 0
        self.buffer = []
        self.pages = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if not self.buffer:
            if self.cursor is None:
                raise StopAsyncIteration
            resp = await fake_api(self.cursor)
            self.pages += 1
            self.buffer = resp["items"]
            self.cursor = resp["next"]
            if not self.buffer:
                raise StopAsyncIteration
        return self.buffer.pop(0)

async def main():
    p = Paginator()
    got = [x async for x in p if not x.endswith("3")]
    print(got)
    print("pages fetched:", p.pages)
    again = [x async for x in p]
    print("second pass:", again)

asyncio.run(main())
