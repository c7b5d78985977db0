# test_pep492: await of objects without __await__ / __await__ returning a non-iterator
import asyncio

class BadAwait:
    def __await__(self):
        return 42

class Good:
    def __await__(self):
        yield from asyncio.sleep(0).__await__()
        return "good"

async def main():
    print(await Good())
    for obj in (1, BadAwait(), [1]):
        try:
            await obj
        except TypeError as e:
            print("TypeError:", e)

asyncio.run(main())
