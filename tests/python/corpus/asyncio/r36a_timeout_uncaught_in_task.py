# A task whose asyncio.timeout expires, awaited by main without a try: the traceback shows both exceptions
import asyncio


async def slow_query():
    await asyncio.sleep(1)


async def handler():
    async with asyncio.timeout(0.03):
        await slow_query()


async def main():
    task = asyncio.create_task(handler())
    await task


asyncio.run(main())
