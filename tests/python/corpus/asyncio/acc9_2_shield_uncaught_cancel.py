# main awaits a shield and is cancelled by a timer: CancelledError uncaught; the shielded task is cancelled at shutdown.
import asyncio

async def important():
    try:
        await asyncio.sleep(0.5)
        print('important finished')
    except asyncio.CancelledError:
        print('important cancelled at shutdown')
        raise

async def main():
    t = asyncio.current_task()
    asyncio.get_running_loop().call_later(0.01, t.cancel)
    await asyncio.shield(important())

asyncio.run(main())
