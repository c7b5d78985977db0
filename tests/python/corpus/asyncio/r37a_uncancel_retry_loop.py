# A task that absorbs the first two cancel() requests with uncancel() and stops on the third
import asyncio


async def resilient():
    task = asyncio.current_task()
    rounds = 0
    while True:
        try:
            await asyncio.sleep(1)
        except asyncio.CancelledError as e:
            rounds += 1
            print(f"cancel #{rounds} msg={e.args} cancelling()={task.cancelling()}")
            if rounds == 3:
                raise
            print("  uncancel ->", task.uncancel())


async def main():
    t = asyncio.create_task(resilient())
    for i in range(3):
        await asyncio.sleep(0.01)
        t.cancel(f"request {i}")
    try:
        await t
    except asyncio.CancelledError as e:
        print("task ended cancelled:", t.cancelled(), e.args)
    print("cancelling() after end:", t.cancelling())


asyncio.run(main())
