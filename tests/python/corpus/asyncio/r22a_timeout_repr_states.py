# repr() of an asyncio.timeout across its life.
import asyncio

async def main():
    cm = asyncio.timeout(None)
    print(repr(cm))
    async with cm:
        print(repr(cm))
    print(repr(cm))
    cm2 = asyncio.timeout(0.01)
    try:
        async with cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(cm2))
    try:
        cm.reschedule(None)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        asyncio.timeout(None).reschedule(1)
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
