# A Timeout's methods after its block: reschedule raises, when() and repr are kept
import asyncio

async def main():
    async with asyncio.timeout(None) as cm:
        print(repr(cm))
    print(repr(cm))
    try:
        cm.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        async with asyncio.timeout(0.05) as cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        print(repr(cm2))
    cm3 = asyncio.timeout(1)
    print(repr(cm3))
    try:
        cm3.reschedule(2)
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
