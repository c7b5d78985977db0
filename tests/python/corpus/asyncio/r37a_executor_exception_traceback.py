# An exception raised inside run_in_executor is re-raised by the await with the worker's traceback
import asyncio
import functools


def parse_all(items, base):
    return [int(x, base) for x in items]


async def main():
    loop = asyncio.get_running_loop()
    print(await loop.run_in_executor(None, functools.partial(parse_all, ["ff", "10"], base=16)))
    print(await asyncio.to_thread(parse_all, ["7", "11"], 8))
    await loop.run_in_executor(None, parse_all, ["12", "z9"], 10)


asyncio.run(main())
