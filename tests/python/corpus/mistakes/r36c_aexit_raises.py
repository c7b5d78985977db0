# my async connection closes in __aexit__, but close fails too
import asyncio

class Conn:
    async def __aenter__(self):
        print("connected")
        return self
    async def __aexit__(self, et, e, tb):
        await asyncio.sleep(0.01)
        raise ConnectionResetError("close failed")
    async def query(self):
        raise LookupError("no such table")

async def main():
    async with Conn() as c:
        await c.query()

asyncio.run(main())
