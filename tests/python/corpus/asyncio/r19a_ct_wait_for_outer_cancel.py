# docs: if the wait is cancelled, the awaited future is also cancelled
import asyncio

async def inner():
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        print("inner cancelled too")
        raise

async def outer():
    try:
        await asyncio.wait_for(inner(), timeout=5)
    except asyncio.CancelledError:
        print("outer: wait_for cancelled")
        raise

async def main():
    t = asyncio.create_task(outer())
    await asyncio.sleep(0.1)
    t.cancel("stop waiting")
    try:
        await t
    except asyncio.CancelledError as e:
        print("main sees", e.args)
    w = asyncio.create_task(asyncio.wait([asyncio.create_task(asyncio.sleep(0.3, 'x'))], timeout=0.1))
    done, pending = await w
    print("wait timeout does not raise:", len(done), len(pending))
    await asyncio.gather(*pending)

asyncio.run(main())
