# __aenter__ written as a plain method.
import asyncio

class Conn:
    def __aenter__(self):
        print("opening")
        return self

    async def __aexit__(self, *exc):
        print("closing")

async def main():
    async with Conn() as c:
        print("using", c)

asyncio.run(main())
