# A loop over asyncio.wait(FIRST_COMPLETED) handling tasks as they finish until none is left.
import asyncio

async def job(n):
    await asyncio.sleep(n / 10)
    return n

async def main():
    pending = {asyncio.create_task(job(n)) for n in (3, 1, 2)}
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        print('finished', sorted(t.result() for t in done), 'left', len(pending))

asyncio.run(main())
