# An error in a nested task shows every await on the way out.
import asyncio

async def parse(record):
    key, value = record.split('=')
    return key, int(value)

async def load(records):
    return [await parse(r) for r in records]

async def main():
    task = asyncio.create_task(load(['a=1', 'b=two']))
    print(await task)

asyncio.run(main())
# (end of the program)
