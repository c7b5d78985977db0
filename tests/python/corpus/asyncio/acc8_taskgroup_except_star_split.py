# Two different failures (both at the children's first step) in a TaskGroup, split by except* into their handlers.
import asyncio

async def bad_value():
    raise ValueError('bad value')

async def bad_type():
    raise TypeError('bad type')

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(bad_value())
            tg.create_task(bad_type())
    except* ValueError as eg:
        print('ValueError group:', eg.exceptions)
    except* TypeError as eg:
        print('TypeError group:', eg.exceptions)
    print('continues')

asyncio.run(main())
