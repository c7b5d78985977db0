# __aexit__ itself raises while an exception from the body is in flight
import asyncio

class Transaction:
    async def __aenter__(self):
        print("BEGIN")
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        if exc_type:
            print("ROLLBACK because", repr(exc))
            raise RuntimeError("rollback failed")
        print("COMMIT")

async def main():
    async with Transaction():
        print("insert row")
    async with Transaction():
        await asyncio.sleep(0.01)
        raise ValueError("constraint violated")

asyncio.run(main())
