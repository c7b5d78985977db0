# __await__ written as async def, then as a method returning an int, then correctly via a Future
import asyncio


class Wrong:
    async def __await__(self):
        return 1


class AlsoWrong:
    def __await__(self):
        return 5


class Right:
    def __await__(self):
        fut = asyncio.get_running_loop().create_future()
        asyncio.get_running_loop().call_later(0.01, fut.set_result, "right")
        return (yield from fut.__await__())


async def main():
    for obj in (Wrong(), AlsoWrong()):
        try:
            await obj
        except TypeError as e:
            print(type(obj).__name__, "TypeError:", e)
    print(await Right())


asyncio.run(main())
