# __aexit__ itself fails while an exception is propagating: chained traceback
import asyncio

class Transaction:
    async def __aenter__(self):
        return self

    async def __aexit__(self, et, ev, tb):
        await asyncio.sleep(0)
        if et is not None:
            raise RuntimeError("rollback failed")

async def main():
    async with Transaction():
        await asyncio.sleep(0)
        raise ValueError("bad row")

asyncio.run(main())
