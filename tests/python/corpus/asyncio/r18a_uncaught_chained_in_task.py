# an uncaught error raised while handling another, three coroutines deep
import asyncio

async def parse(text):
    await asyncio.sleep(0)
    return int(text)

async def load(text):
    try:
        return await parse(text)
    except ValueError as e:
        raise RuntimeError(f'cannot load {text!r}') from e

async def main():
    task = asyncio.create_task(load('12x'))
    try:
        await task
    except RuntimeError:
        print('first attempt failed, retrying without catching')
    await load('abc')

asyncio.run(main())
