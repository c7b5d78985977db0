# A task catches its CancelledError and raises a new one with its own message; what the awaiter sees
import asyncio


async def job():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError as e:
        print("job got:", e.args)
        raise asyncio.CancelledError("job cleanup complete") from e


async def main():
    t = asyncio.create_task(job())
    await asyncio.sleep(0.01)
    t.cancel("stop now")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main got:", e.args)
        print("cause:", repr(e.__cause__))
    print("cancelled():", t.cancelled())
    try:
        t.result()
    except asyncio.CancelledError as e:
        print("result():", e.args)


asyncio.run(main())
