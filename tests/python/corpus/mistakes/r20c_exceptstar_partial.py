# except* handles part of a group, rest re-raised with traceback
import asyncio

async def f(kind):
    await asyncio.sleep(0)
    if kind == 'v':
        raise ValueError('v failed')
    raise OSError(2, 'No such file')

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(f('v'))
            tg.create_task(f('o'))
    except* ValueError as eg:
        print("handled", repr(eg.exceptions))

asyncio.run(main())
