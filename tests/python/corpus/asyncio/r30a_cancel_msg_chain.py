# cancel() with a message: what the awaiting coroutine sees, and what reaches the top
import asyncio

async def sleeper():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("sleeper got", e.args)
        raise

async def main():
    t = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    t.cancel("stop now, please")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got", repr(e))
    print(t.cancelled())
    t2 = asyncio.create_task(sleeper())
    await asyncio.sleep(0.01)
    t2.cancel("second one")
    await t2

asyncio.run(main())
