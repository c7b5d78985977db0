# Inspecting an asyncio.timeout() object: when(), reschedule() and expired() before and after it fires
import asyncio


async def main():
    loop = asyncio.get_running_loop()
    async with asyncio.timeout(None) as cm:
        print("when:", cm.when())
        print("expired:", cm.expired())
        cm.reschedule(loop.time() + 10)
        print("rescheduled far:", cm.when() - loop.time() > 9)
        cm.reschedule(None)
        print("back to none:", cm.when())
        await asyncio.sleep(0.01)
    print("after clean exit expired:", cm.expired())

    try:
        async with asyncio.timeout(0.05) as cm2:
            await asyncio.sleep(1)
    except TimeoutError as e:
        print("caught", type(e).__name__, repr(e.args))
    print("expired now:", cm2.expired())
    print("cause:", type(e.__cause__).__name__)
    try:
        cm2.reschedule(loop.time() + 1)
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
