import asyncio

class Session:
    async def __aenter__(self):
        return self
    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0)
        raise RuntimeError("failed to close session")

async def main():
    async with Session():
        raise ValueError("request failed")

asyncio.run(main())
