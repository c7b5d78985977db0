# Mistake: __aenter__ written as a plain method returning self.
import asyncio

class Session:
    def __aenter__(self):
        print("opening session")
        return self

    async def __aexit__(self, *exc):
        print("closing session")

async def main():
    async with Session() as s:
        print("using", s)

asyncio.run(main())
