# __aexit__ raising while the body's error is handled: the chained traceback
import asyncio

class Session:
    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0)
        raise ConnectionResetError("could not close the session")

async def main():
    async with Session():
        await asyncio.sleep(0)
        raise ValueError("bad request")

asyncio.run(main())
