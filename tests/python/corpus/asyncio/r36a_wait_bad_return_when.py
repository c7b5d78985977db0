# wait() with a misspelt return_when, an empty list, and a bare coroutine
import asyncio


async def noop():
    return None


async def main():
    t = asyncio.create_task(noop())
    for kwargs in [dict(return_when="FIRST"), dict()]:
        try:
            await asyncio.wait([t] if kwargs else [], **kwargs)
        except ValueError as e:
            print("ValueError:", e)
    done, _ = await asyncio.wait({t}, timeout=0)
    print("done count", len(done))
    await asyncio.wait([noop()])


asyncio.run(main())
