# an async context manager whose __aenter__ I wrote as a normal method
import asyncio

class Session:
    def __aenter__(self):
        print("open session")
        return self
    async def __aexit__(self, *exc):
        print("close session")

async def main():
    async with Session() as s:
        print("using", type(s).__name__)

asyncio.run(main())
