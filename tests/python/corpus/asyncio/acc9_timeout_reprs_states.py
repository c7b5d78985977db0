# asyncio.Timeout's repr, expired() and when() through created, active, expired and finished.
import asyncio

async def main():
    cm = asyncio.timeout(None)
    print(repr(cm), cm.when(), cm.expired())
    async with cm:
        print(repr(cm))
        cm.reschedule(None)
        print(repr(cm))
    print(repr(cm), cm.expired())
    cm2 = asyncio.timeout(0.01)
    try:
        async with cm2:
            await asyncio.sleep(1)
    except TimeoutError:
        pass
    print(repr(cm2), cm2.expired())
    cm3 = asyncio.timeout(10)
    async with cm3:
        await asyncio.sleep(0)
    print(repr(cm3), cm3.expired())
    try:
        cm3.reschedule(1)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        async with cm3:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(type(cm).__name__, type(cm).__module__)

asyncio.run(main())
