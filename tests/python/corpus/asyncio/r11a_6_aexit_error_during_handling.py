import asyncio


class Conn:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        raise ConnectionAbortedError("could not close cleanly")


async def main():
    async with Conn():
        raise ValueError("query failed")


asyncio.run(main())
