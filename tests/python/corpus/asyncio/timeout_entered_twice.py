# an asyncio.timeout() entered a second time, rescheduled before it is entered, made outside a run
import asyncio

async def main():
    t = asyncio.timeout(1)
    async with t:
        pass
    try:
        async with t:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)
    t2 = asyncio.timeout(1)
    try:
        t2.reschedule(5)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print(type(t2).__name__, type(t2).__module__)

asyncio.run(main())

async def outside():
    pass

t3 = asyncio.timeout(1)
async def use():
    async with t3:
        await asyncio.sleep(0)
    async with t3:
        pass
asyncio.run(use())
