# Async context managers: one suppresses the error, one replaces it, one sees CancelledError
import asyncio
from contextlib import asynccontextmanager

class Swallow:
    async def __aenter__(self):
        return "resource"
    async def __aexit__(self, et, ev, tb):
        print("swallowing", et.__name__ if et else None)
        return True

@asynccontextmanager
async def translate():
    try:
        yield
    except KeyError as e:
        raise LookupError(f"translated {e}") from e

async def main():
    async with Swallow() as r:
        print("got", r)
        1 / 0
    print("after swallow")
    async with translate():
        {}["nope"]

asyncio.run(main())
