# Cancelling an outer gather reaches the leaves of nested gathers.
import asyncio

log = []

async def leaf(name):
    try:
        await asyncio.sleep(1)
    except asyncio.CancelledError:
        log.append(name)
        raise

async def main():
    inner1 = asyncio.gather(leaf('a'), leaf('b'))
    inner2 = asyncio.gather(leaf('c'))
    outer = asyncio.gather(inner1, inner2)
    await asyncio.sleep(0.01)
    outer.cancel()
    results = await asyncio.gather(outer, return_exceptions=True)
    print(type(results[0]).__name__)
    print(sorted(log))
    print(inner1.cancelled(), inner2.cancelled(), outer.cancelled())

asyncio.run(main())
# (end of the program)
