import asyncio


class Good:
    def __await__(self):
        return (yield from asyncio.sleep(0.01, result="good").__await__())


class Bad:
    def __await__(self):
        return "not an iterator"


async def main():
    print(await Good())
    print(await Bad())


asyncio.run(main())
