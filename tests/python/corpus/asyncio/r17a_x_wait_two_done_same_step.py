# FIRST_COMPLETED returns every task that finished in the same loop step
import asyncio

async def job(d, tag):
    await asyncio.sleep(d)
    return tag

async def main():
    ts = [asyncio.create_task(job(0.1, 'a')), asyncio.create_task(job(0.1, 'b')),
          asyncio.create_task(job(0.5, 'c'))]
    done, pending = await asyncio.wait(ts, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    for t in pending:
        t.cancel()

asyncio.run(main())
