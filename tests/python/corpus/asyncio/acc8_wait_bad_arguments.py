# asyncio.wait with an empty set and with a bad return_when: ValueError in CPython's words.
import asyncio

async def main():
    try:
        await asyncio.wait(set())
    except ValueError as e:
        print('ValueError:', e)
    t = asyncio.create_task(asyncio.sleep(0))
    try:
        await asyncio.wait([t], return_when='SOMETIME')
    except ValueError as e:
        print('ValueError:', e)
    print(asyncio.FIRST_COMPLETED, asyncio.FIRST_EXCEPTION, asyncio.ALL_COMPLETED)
    await t

asyncio.run(main())
