# docs "Shielding From Cancellation"
import asyncio

async def something():
    try:
        await asyncio.sleep(0.4)
        print("something finished")
        return "result"
    except asyncio.CancelledError:
        print("something was cancelled")
        raise

async def outer(inner_box):
    inner = asyncio.ensure_future(something())
    inner_box.append(inner)
    return await asyncio.shield(inner)

async def main():
    box = []
    t = asyncio.create_task(outer(box))
    await asyncio.sleep(0.1)
    t.cancel()
    try:
        await t
    except asyncio.CancelledError:
        print("outer cancelled; inner done?", box[0].done())
    print("inner result:", await box[0])
    # the docs' idiom: shield and ignore cancellation
    inner = asyncio.create_task(something())
    try:
        res = await asyncio.wait_for(asyncio.shield(inner), 0.1)
    except TimeoutError:
        res = None
        print("timed out; inner cancelled?", inner.cancelled())
    print(res, await inner)

asyncio.run(main())
