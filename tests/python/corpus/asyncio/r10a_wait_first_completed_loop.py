import asyncio

async def job(name, delay):
    await asyncio.sleep(delay)
    return name

async def main():
    pending = {asyncio.create_task(job(n, d), name=n) for n, d in [('x', 0.3), ('y', 0.1), ('z', 0.2)]}
    while pending:
        done, pending = await asyncio.wait(pending, return_when=asyncio.FIRST_COMPLETED)
        print('finished', sorted(t.result() for t in done), 'left', len(pending))

asyncio.run(main())
