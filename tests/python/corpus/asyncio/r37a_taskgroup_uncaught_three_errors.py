# Three children of a TaskGroup fail with different errors; the ExceptionGroup goes uncaught
import asyncio


async def parse(text):
    await asyncio.sleep(0.01 * len(text))
    return int(text)


async def lookup(table, key):
    await asyncio.sleep(0.01)
    return table[key]


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(parse("12"))
        tg.create_task(parse("x1"))
        tg.create_task(lookup({}, "missing"))
        tg.create_task(lookup([1], 3))


asyncio.run(main())
