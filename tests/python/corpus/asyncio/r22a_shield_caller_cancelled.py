# A task awaiting shield() is cancelled, but the shielded work completes.
import asyncio

log = []

async def write_record():
    await asyncio.sleep(0.3)
    log.append('record written')

async def handler():
    try:
        await asyncio.shield(write_record())
    except asyncio.CancelledError:
        log.append('handler cancelled')
        raise

async def main():
    t = asyncio.create_task(handler())
    await asyncio.sleep(0.01)
    t.cancel()
    res = await asyncio.gather(t, return_exceptions=True)
    print(type(res[0]).__name__)
    print(log)
    await asyncio.sleep(0.5)
    print(log)

asyncio.run(main())
