# test_timeouts: reschedule() or expired() on a Timeout never entered; entering twice
import asyncio

async def main():
    cm = asyncio.timeout(1)
    print(cm.when() is None, cm.expired())
    try:
        cm.reschedule(10)
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with cm:
        try:
            async with cm:
                pass
        except RuntimeError as e:
            print('RuntimeError:', e)
    try:
        cm.reschedule(10)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(repr(cm))

asyncio.run(main())
