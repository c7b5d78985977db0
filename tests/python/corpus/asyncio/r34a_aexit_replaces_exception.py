# An async context manager whose __aexit__ fails while handling the body's error: both appear chained
import asyncio


class Connection:
    async def __aenter__(self):
        print("open")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        print("closing after", exc_type.__name__ if exc_type else None)
        await asyncio.sleep(0)
        raise OSError("close failed")


async def main():
    async with Connection() as conn:
        print("using", type(conn).__name__)
        raise ValueError("bad query")


asyncio.run(main())
