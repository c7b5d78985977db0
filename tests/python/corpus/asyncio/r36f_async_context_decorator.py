# contextlib.AsyncContextDecorator lets one class work both as async with and as a decorator.
import asyncio
from contextlib import AsyncContextDecorator

class traced(AsyncContextDecorator):
    def __init__(self, label):
        self.label = label

    async def __aenter__(self):
        print(f">> {self.label}")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print(f"<< {self.label}" + (f" ({exc_type.__name__})" if exc_type else ""))
        return False

@traced("load config")
async def load():
    await asyncio.sleep(0.01)
    return {"debug": True}

async def main():
    print(await load())
    async with traced("manual block"):
        await asyncio.sleep(0)
    try:
        async with traced("failing block"):
            1 / 0
    except ZeroDivisionError:
        print("division error propagated")

asyncio.run(main())
