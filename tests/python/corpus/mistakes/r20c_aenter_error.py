# error inside __aenter__ of async context manager
import asyncio

class Conn:
    def __init__(self, host):
        self.host = host
    async def __aenter__(self):
        await asyncio.sleep(0)
        if not self.host:
            raise ConnectionError("no host given")
        return self
    async def __aexit__(self, *exc):
        print("closing")

async def main():
    async with Conn("a") as c:
        print("connected", c.host)
    async with Conn("") as c:
        print("unreached")

asyncio.run(main())
