# async with whose __aenter__ or __aexit__ return non-awaitables, and one returning a Future
import asyncio


class BadEnter:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *exc):
        return False


class FutureEnter:
    def __aenter__(self):
        fut = asyncio.get_running_loop().create_future()
        fut.set_result("from a future")
        return fut

    def __aexit__(self, *exc):
        return None


async def main():
    try:
        async with BadEnter():
            pass
    except TypeError as e:
        print("TypeError:", e)
    async with FutureEnter() as v:
        print("entered with", v)


asyncio.run(main())
