# Cancelling a countdown task halfway: CancelledError inside it, cleanup, and cancelled().
import asyncio

async def countdown(n):
    try:
        while n:
            print("tick", n)
            await asyncio.sleep(0.2)
            n -= 1
        return "finished"
    except asyncio.CancelledError:
        print("countdown cancelled at", n)
        raise
    finally:
        print("cleanup")

async def main():
    task = asyncio.create_task(countdown(10))
    await asyncio.sleep(0.5)
    task.cancel()
    try:
        await task
    except asyncio.CancelledError:
        print("main saw the cancel")
    print(task.done(), task.cancelled())
    t2 = asyncio.create_task(countdown(2))
    print(await t2, t2.cancelled())

asyncio.run(main())
