# my async context manager's __aexit__ has a typo and raises while the worker also failed
import asyncio

class Session:
    async def __aenter__(self):
        await asyncio.sleep(0.01)
        return self

    async def __aexit__(self, *exc):
        await asyncio.sleep(0.01)
        self.clse()

async def worker(session):
    await asyncio.sleep(0.01)
    raise ConnectionError('server went away')

async def main():
    async with Session() as s:
        await worker(s)

asyncio.run(main())
