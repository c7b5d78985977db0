# A shielded task outliving its awaiting task when the caller times out; asyncio.run then cancels it at exit
import asyncio


async def save(data):
    try:
        await asyncio.sleep(0.2)
        print("saved", data)
    except asyncio.CancelledError:
        print("save cancelled at shutdown")
        raise


async def main():
    inner = asyncio.ensure_future(save("first"))
    try:
        await asyncio.wait_for(asyncio.shield(inner), 0.05)
    except TimeoutError:
        print("caller timed out; inner cancelled?", inner.cancelled())
    await inner
    second = asyncio.ensure_future(save("second"))
    try:
        await asyncio.wait_for(asyncio.shield(second), 0.05)
    except TimeoutError:
        print("giving up on second, leaving it running")


asyncio.run(main())
print("run finished")
