# Mistake: an async context manager whose __aexit__ has a bug hides nothing but fails on exit.
import asyncio

class Connection:
    def __init__(self, host):
        self.host = host
    async def __aenter__(self):
        print("connect", self.host)
        await asyncio.sleep(0.01)
        return self
    async def __aexit__(self, exc_type, exc, tb):
        await asyncio.sleep(0.01)
        print("disconnect", self.hots)

async def main():
    async with Connection("db") as conn:
        print("using", conn.host)
    print("after")

asyncio.run(main())
