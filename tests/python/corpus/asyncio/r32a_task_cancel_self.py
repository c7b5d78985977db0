# A task cancels itself and keeps running until its next await
import asyncio

async def selfcancel():
    me = asyncio.current_task()
    print("cancel returned", me.cancel("self-inflicted"))
    print("still running, cancelling =", me.cancelling())
    await asyncio.sleep(0)
    print("never printed")

async def main():
    t = asyncio.create_task(selfcancel())
    try:
        await t
    except asyncio.CancelledError as e:
        print("awaiter got", repr(e))
    print(t.cancelled())

asyncio.run(main())
