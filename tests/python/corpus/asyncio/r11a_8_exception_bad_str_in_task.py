import asyncio


class Weird(Exception):
    def __str__(self):
        raise RuntimeError("str failed")


async def main():
    t = asyncio.create_task(asyncio.sleep(0))
    await t
    raise Weird("payload")


asyncio.run(main())
