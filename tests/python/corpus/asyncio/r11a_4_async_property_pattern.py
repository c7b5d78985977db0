import asyncio


class User:
    def __init__(self, uid):
        self.uid = uid
        self._profile = None

    @property
    async def profile(self):
        if self._profile is None:
            await asyncio.sleep(0)
            self._profile = {"uid": self.uid, "name": f"user{self.uid}"}
        return self._profile

    @classmethod
    async def create(cls, uid):
        self = cls(uid)
        await self.profile
        return self

    async def __aenter__(self):
        return self

    async def __aexit__(self, *exc):
        return None


async def main():
    u = await User.create(5)
    print(await u.profile)
    async with User(6) as v:
        print(v.profile.__class__.__name__)
        print(await v.profile)
    print(type(u.profile).__name__)


asyncio.run(main())
