import asyncio


async def never_runs():
    print("this never prints")
    return 1


async def main():
    t = asyncio.create_task(never_runs())
    print("cancel():", t.cancel())
    print("cancelling:", t.cancelling())
    await asyncio.sleep(0)
    print("done:", t.done(), "cancelled:", t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError:
        print("result() raised CancelledError")
    print("cancel() again:", t.cancel())


asyncio.run(main())
