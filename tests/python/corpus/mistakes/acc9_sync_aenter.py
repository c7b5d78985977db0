# __aenter__ and __aexit__ written as plain defs.
import asyncio

class Conn:
    def __aenter__(self):
        print("open")
        return self

    def __aexit__(self, *exc):
        print("close")

async def main():
    async with Conn() as c:
        print("using", c)

asyncio.run(main())
