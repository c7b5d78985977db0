# asyncio.wait with FIRST_COMPLETED in a loop until every task is done.
import asyncio


async def job(name, delay):
    await asyncio.sleep(delay)
    return name


async def main():
    pending = {asyncio.create_task(job(n, d)) for n, d in [('a', 0.3), ('b', 0.1), ('c', 0.2)]}
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        for t in done:
            print('finished:', t.result(), 'still pending:', len(pending))


asyncio.run(main())
