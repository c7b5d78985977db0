# Mistake: a property that returns a coroutine; awaiting the same one twice fails.
import asyncio

class User:
    def __init__(self, uid):
        self.uid = uid

    @property
    async def profile(self):
        await asyncio.sleep(0.01)
        return {"uid": self.uid, "name": f"user{self.uid}"}

async def main():
    u = User(5)
    print(await u.profile)
    print(await u.profile)
    coro = u.profile
    print(type(coro).__name__)
    print(await coro)
    print(await coro)

asyncio.run(main())
