import asyncio

async def main():
    cm = asyncio.timeout(1)
    try:
        cm.reschedule(2)
    except RuntimeError as e:
        print('RuntimeError:', e)
    async with cm:
        pass
    try:
        cm.reschedule(3)
    except RuntimeError as e:
        print('RuntimeError:', e)
    try:
        async with cm:
            pass
    except RuntimeError as e:
        print('RuntimeError:', e)

asyncio.run(main())
