# An error while handling another inside a coroutine: both tracebacks printed
import asyncio


async def load(name):
    await asyncio.sleep(0.1)
    data = {'a': 1}
    try:
        return data[name]
    except KeyError:
        print('missing', name)
        return data[name.upper()]


async def main():
    print(await load('a'))
    print(await load('b'))


asyncio.run(main())
