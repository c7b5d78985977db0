# test_tasks test_cancel_gather: cancelling the gather cancels every child still running
import asyncio

async def child(i):
    try:
        await asyncio.sleep(0.1 * (i + 1))
        return i
    except asyncio.CancelledError:
        print('child', i, 'cancelled')
        raise

async def main():
    kids = [asyncio.create_task(child(i)) for i in range(3)]
    g = asyncio.gather(*kids)
    await asyncio.sleep(0.15)
    print('cancel ->', g.cancel())
    try:
        await g
    except asyncio.CancelledError:
        print('gather cancelled', g.cancelled())
    print([k.cancelled() for k in kids], kids[0].result())
    print('cancel again ->', g.cancel())

asyncio.run(main())
