# except* on a nested ExceptionGroup from a TaskGroup: what each handler gets and the structure it keeps.
import asyncio

async def fail(e):
    raise e

async def group(*excs):
    async with asyncio.TaskGroup() as tg:
        for e in excs:
            tg.create_task(fail(e))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(group(ValueError(1), KeyError(2)))
            tg.create_task(fail(ValueError(3)))
    except* ValueError as eg:
        print('ValueError part:', repr(eg))
    except* KeyError as eg:
        print('KeyError part:', repr(eg))

asyncio.run(main())
