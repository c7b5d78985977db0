# Cancelling an outer gather of gathers reaches every leaf; each leaf reports once
import asyncio


async def leaf(tag, log):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(tag)
        raise


async def main():
    log = []
    inner1 = asyncio.gather(leaf("a", log), leaf("b", log))
    inner2 = asyncio.gather(leaf("c", log))
    outer = asyncio.gather(inner1, inner2, return_exceptions=True)
    await asyncio.sleep(0.01)
    outer.cancel()
    try:
        print(await outer)
    except asyncio.CancelledError:
        print("outer raised CancelledError")
    print(sorted(log), inner1.cancelled(), inner2.cancelled())


asyncio.run(main())
