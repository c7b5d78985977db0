import asyncio


async def cancel_me(label):
    print(f"{label}: before sleep")
    try:
        await asyncio.sleep(3600)
    except asyncio.CancelledError:
        print(f"{label}: cancel sleep")
        raise
    finally:
        print(f"{label}: after sleep")


async def main():
    task = asyncio.create_task(cancel_me("first"))
    await asyncio.sleep(0.01)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main(): cancel_me is cancelled now")
    print("current task cancelling:", asyncio.current_task().cancelling())
    other = asyncio.create_task(cancel_me("second"))
    await asyncio.sleep(0.01)
    other.cancel("maintenance")
    done, _ = await asyncio.wait([other])
    print(other.cancelled(), [repr(e) for e in [other.exception() if not other.cancelled() else None]])


asyncio.run(main())
