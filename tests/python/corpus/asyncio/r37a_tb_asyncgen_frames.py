# An error deep inside an async generator consumed by an async comprehension: the traceback's frames
import asyncio


async def records(rows):
    for row in rows:
        await asyncio.sleep(0)
        yield parse(row)


def parse(row):
    key, value = row.split("=")
    return key, int(value)


async def load(rows):
    return {k: v async for k, v in records(rows)}


async def main():
    print(await load(["a=1", "b=2"]))
    config = await load(["a=1", "broken", "c=3"])
    print(config)


asyncio.run(main())
