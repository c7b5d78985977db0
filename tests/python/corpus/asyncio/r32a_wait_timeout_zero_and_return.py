# asyncio.wait with timeout=0 returns immediately; tasks are not cancelled by wait
import asyncio

async def main():
    ts = [asyncio.create_task(asyncio.sleep(d, result=d)) for d in (0.01, 0.2)]
    done, pending = await asyncio.wait(ts, timeout=0)
    print(len(done), len(pending))
    await asyncio.sleep(0.05)
    done, pending = await asyncio.wait(ts, timeout=0)
    print([t.result() for t in done], [t.cancelled() for t in pending])
    done, pending = await asyncio.wait(ts, return_when=asyncio.ALL_COMPLETED)
    print(sorted(t.result() for t in done), pending)
    print(asyncio.ALL_COMPLETED, asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION)

asyncio.run(main())
