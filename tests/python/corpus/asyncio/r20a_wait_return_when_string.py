# A reader passes return_when='first' instead of the constant: ValueError; and an empty set.
import asyncio


async def job():
    await asyncio.sleep(0.01)


async def main():
    t = asyncio.create_task(job())
    try:
        await asyncio.wait([t], return_when='first')
    except ValueError as e:
        print('ValueError:', e)
    try:
        await asyncio.wait([])
    except ValueError as e:
        print('ValueError:', e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    await t


asyncio.run(main())
