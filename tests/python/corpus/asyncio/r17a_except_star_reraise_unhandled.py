# except* handles part of a group; the unhandled rest propagates as a smaller group
import asyncio

async def fail(e):
    raise e

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fail(ValueError('handled')))
        tg.create_task(fail(KeyError('left')))

try:
    try:
        asyncio.run(main())
    except* ValueError as g:
        print('handled', len(g.exceptions))
except* KeyError as g:
    print('outer got', repr(g.exceptions[0]))
