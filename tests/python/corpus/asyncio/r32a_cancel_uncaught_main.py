# What does asyncio.run print when the awaited task was cancelled with a message?
import asyncio

async def child():
    await asyncio.sleep(5)

async def main():
    t = asyncio.create_task(child(), name="child")
    asyncio.get_running_loop().call_later(0.02, t.cancel, "timed out by hand")
    print("waiting for child")
    await t
    print("never here")

asyncio.run(main())
