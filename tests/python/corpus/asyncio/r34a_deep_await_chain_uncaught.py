# An error five awaits deep inside a task, uncaught: one traceback frame per coroutine
import asyncio


async def parse(text):
    return int(text)


async def load(text):
    return await parse(text) * 2


async def step(text):
    value = await load(text)
    return value


async def handler(texts):
    return [await step(t) for t in texts]


async def main():
    task = asyncio.create_task(handler(["1", "2", "three"]))
    print(await task)


asyncio.run(main())
