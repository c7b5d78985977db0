import asyncio


async def stubborn():
    attempts = 0
    while True:
        try:
            attempts += 1
            await asyncio.sleep(0.05)
            return f"finished after {attempts} attempts"
        except asyncio.CancelledError:
            task = asyncio.current_task()
            print("cancelling() =", task.cancelling())
            if attempts < 3:
                task.uncancel()
                print("ignoring cancel, cancelling() now", task.cancelling())
                continue
            raise


async def main():
    t = asyncio.create_task(stubborn())
    for _ in range(3):
        await asyncio.sleep(0.01)
        t.cancel()
    try:
        print(await t)
    except asyncio.CancelledError:
        print("finally cancelled")


asyncio.run(main())
