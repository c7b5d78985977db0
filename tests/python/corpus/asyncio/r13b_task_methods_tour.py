import asyncio

async def compute(x):
    await asyncio.sleep(0.01)
    if x < 0:
        raise ValueError("negative")
    return x * 2

async def main():
    t = asyncio.create_task(compute(5))
    print("done before:", t.done())
    try:
        t.result()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)
    await t
    print("result:", t.result(), "exception:", t.exception())
    t2 = asyncio.create_task(compute(-1))
    await asyncio.sleep(0.02)
    print("exc:", repr(t2.exception()))
    t3 = asyncio.create_task(compute(1))
    await asyncio.sleep(0)
    print("cancel ->", t3.cancel(), "cancelling:", t3.cancelling())
    try:
        await t3
    except asyncio.CancelledError:
        print("cancelled:", t3.cancelled())
    try:
        t3.exception()
    except asyncio.CancelledError:
        print("exception() raised CancelledError")
    print("cancel again ->", t3.cancel())

asyncio.run(main())
