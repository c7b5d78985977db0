import asyncio

async def main():
    me = asyncio.current_task()
    print("cancel myself:", me.cancel("self-cancel"))
    print("still running this line")
    try:
        await asyncio.sleep(0)
    except asyncio.CancelledError as e:
        print("got", repr(e), "cancelling =", me.cancelling())
        me.uncancel()
    print("continuing after uncancel")
    me.cancel()
    await asyncio.sleep(0.01)
    print("never")

asyncio.run(main())
