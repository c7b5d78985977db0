# Mistake: __aenter__ is async but __aexit__ was written as a plain def.
import asyncio

class Session:
    async def __aenter__(self):
        await asyncio.sleep(0)
        print("session opened")
        return self

    def __aexit__(self, exc_type, exc, tb):
        print("session closed (sync __aexit__)")

async def main():
    async with Session() as s:
        print("working with", type(s).__name__)
    print("after the block")

asyncio.run(main())
