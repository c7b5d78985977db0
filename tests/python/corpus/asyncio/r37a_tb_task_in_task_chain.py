# A chained exception (raise ... from) in a grandchild task, re-raised through two awaits of tasks
import asyncio


class FetchError(Exception):
    pass


async def grandchild():
    try:
        await asyncio.sleep(0.01)
        {}["token"]
    except KeyError as e:
        raise FetchError("no token") from e


async def child():
    return await asyncio.create_task(grandchild(), name="grandchild")


async def main():
    t = asyncio.create_task(child(), name="child")
    await t


asyncio.run(main())
