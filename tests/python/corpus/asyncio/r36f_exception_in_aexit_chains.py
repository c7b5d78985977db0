# An error inside __aexit__ while another error is propagating: the traceback shows both.
import asyncio

class FlakyConnection:
    async def __aenter__(self):
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        raise ConnectionResetError("connection reset while closing")

async def main():
    async with FlakyConnection():
        raise ValueError("bad query")

asyncio.run(main())
