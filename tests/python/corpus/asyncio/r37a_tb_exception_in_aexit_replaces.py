# __aexit__ raising its own error while the body's error is in flight: both appear in the traceback
import asyncio


class Session:
    async def __aenter__(self):
        await asyncio.sleep(0)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0)
        if exc_type is not None:
            raise ConnectionAbortedError(f"rollback failed after {exc_type.__name__}")


async def main():
    async with Session():
        print("working")
    print("first session closed cleanly")
    async with Session():
        raise PermissionError("write denied")


asyncio.run(main())
