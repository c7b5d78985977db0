# async with on a class that only has __enter__ and __exit__.
import asyncio

class Session:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False

async def main():
    async with Session() as s:
        print("in session", type(s).__name__)

asyncio.run(main())
