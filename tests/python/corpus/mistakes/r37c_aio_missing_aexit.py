# a lock wrapper with __aenter__ only; I thought __aexit__ was optional
import asyncio

class Guard:
    def __init__(self):
        self.lock = asyncio.Lock()
    async def __aenter__(self):
        await self.lock.acquire()
        return self

async def main():
    async with Guard():
        print("inside")

asyncio.run(main())
