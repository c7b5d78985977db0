# AbstractAsyncContextManager gives a default __aenter__ returning self; isinstance checks duck types.
import asyncio
from contextlib import AbstractAsyncContextManager

class Conn(AbstractAsyncContextManager):
    async def __aexit__(self, *exc):
        print("conn closed")

class Duck:
    async def __aenter__(self):
        return "duck"
    async def __aexit__(self, *exc):
        return None

async def main():
    async with Conn() as c:
        print("entered, got", type(c).__name__)
    print(isinstance(Duck(), AbstractAsyncContextManager), isinstance(object(), AbstractAsyncContextManager))
    try:
        class Incomplete(AbstractAsyncContextManager):
            pass
        Incomplete()
    except TypeError as e:
        print("TypeError:", e)

asyncio.run(main())
