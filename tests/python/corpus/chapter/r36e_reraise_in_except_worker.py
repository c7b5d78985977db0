# my worker logs its error and raises it again with "raise e"; the traceback shows more lines
import asyncio

async def parse(text):
    await asyncio.sleep(0.02)
    return int(text)

async def worker(text):
    try:
        return await parse(text)
    except ValueError as e:
        print('worker - could not parse', repr(text))
        raise e

async def do_something():
    print(await asyncio.gather(worker('12'), worker('1_000')))
    print(await asyncio.gather(worker('7'), worker('seven')))

asyncio.run(do_something())
