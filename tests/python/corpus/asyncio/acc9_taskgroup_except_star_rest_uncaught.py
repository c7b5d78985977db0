# except* handles the ValueErrors of a TaskGroup; the TypeError left over escapes uncaught with its traceback.
import asyncio

async def raise_value():
    raise ValueError('handled')

async def raise_type():
    raise TypeError('not handled')

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(raise_value())
            tg.create_task(raise_type())
    except* ValueError as eg:
        print('handled', len(eg.exceptions), 'ValueError')

asyncio.run(main())
