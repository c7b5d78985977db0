# What Task.cancel() returns: True while pending, False once done; cancelled() only after it runs
import asyncio

async def nap():
    await asyncio.sleep(1)

async def quick():
    return "done"

async def main():
    t = asyncio.create_task(nap())
    print("cancel pending:", t.cancel(), "| again:", t.cancel(), "| cancelled():", t.cancelled())
    await asyncio.sleep(0)
    print("after a step, cancelled():", t.cancelled(), "cancelling():", t.cancelling())
    q = asyncio.create_task(quick())
    await q
    print("cancel finished task:", q.cancel(), q.result())
    r = asyncio.create_task(quick())
    print("cancel before first step:", r.cancel())
    try:
        await r
    except asyncio.CancelledError:
        print("coroutine never started; its state:", r.get_coro().cr_frame is None)

asyncio.run(main())
