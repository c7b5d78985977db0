# A class whose __await__ delegates to a coroutine's __await__(): a common way to make objects awaitable
import asyncio


class Query:
    def __init__(self, sql):
        self.sql = sql

    async def _run(self):
        await asyncio.sleep(0.01)
        return f"rows for {self.sql!r}"

    def __await__(self):
        return self._run().__await__()


async def main():
    print(await Query("select 1"))
    print(await asyncio.gather(Query("a"), Query("b")))
    w = Query("x").__await__()
    print(type(w).__name__, hasattr(w, "__next__"), hasattr(w, "send"))
    w.close()
    try:
        await w
    except TypeError as e:
        print("TypeError:", e)


asyncio.run(main())
