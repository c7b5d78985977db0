import asyncio

async def sleeper():
    try:
        print("sleeper: going to sleep")
        await asyncio.sleep(10)
        print("sleeper: woke normally")
    except asyncio.CancelledError:
        print("sleeper: cancelled during sleep")
        raise
    finally:
        print("sleeper: finally")

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.05)
    t.cancel()
    print("main: requested cancel, done =", t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("main: task is cancelled:", t.cancelled())

asyncio.run(main())
