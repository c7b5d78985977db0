# async with on objects missing __aenter__ or __aexit__, and a plain with on an async manager
import asyncio


class OnlyEnter:
    async def __aenter__(self):
        return self


class Sync:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        return False


async def main():
    for obj in (OnlyEnter(), Sync()):
        try:
            async with obj:
                pass
        except TypeError as e:
            print("TypeError:", e)
    with asyncio.Lock():
        pass


asyncio.run(main())
