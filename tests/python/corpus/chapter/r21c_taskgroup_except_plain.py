# TaskGroup failure caught with a plain except ValueError: not caught.
import asyncio

async def fail():
    await asyncio.sleep(0.1)
    raise ValueError('nope')

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
    except ValueError:
        print('caught ValueError')
    except ExceptionGroup as eg:
        print('caught group:', eg.message, len(eg.exceptions))
        print(eg.exceptions)

asyncio.run(main())
