# wait(FIRST_COMPLETED) then cancel the rest.
import asyncio

async def worker(n):
    await asyncio.sleep(n / 20)
    return n

async def main():
    tasks = [asyncio.create_task(worker(n)) for n in (3, 1, 2)]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print('first:', [t.result() for t in done])
    print('still pending:', len(pending))
    for t in pending:
        t.cancel()
    await asyncio.gather(*pending, return_exceptions=True)
    print('cancelled:', sorted(t.cancelled() for t in tasks))

asyncio.run(main())
