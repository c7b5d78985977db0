# Cancelling the shield's outer future leaves the inner task running.
import asyncio

async def important():
    await asyncio.sleep(0.05)
    print('important work finished')
    return 'saved'

async def main():
    inner = asyncio.create_task(important())
    outer = asyncio.shield(inner)
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print('outer cancelled; inner done?', inner.done())
    print('inner result:', await inner)
    print('outer.cancelled():', outer.cancelled(), 'inner.cancelled():', inner.cancelled())

asyncio.run(main())
