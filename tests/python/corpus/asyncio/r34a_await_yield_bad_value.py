# An __await__ that yields something other than a Future: the task fails with a RuntimeError
import asyncio


class Weird:
    def __await__(self):
        yield "not a future"
        return 1


async def main():
    try:
        await Weird()
    except RuntimeError as e:
        print("RuntimeError:", e)
    t = asyncio.create_task(asyncio.sleep(0, Weird()))
    print(type(await t).__name__)
    await Weird()


asyncio.run(main())
