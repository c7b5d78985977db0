# except* handles one kind; the rest of the group propagates uncaught.
import asyncio

async def job(exc):
    await asyncio.sleep(0.01)
    raise exc

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job(ValueError('handled')))
            tg.create_task(job(OSError('unhandled')))
    except* ValueError as g:
        print('handled', [str(e) for e in g.exceptions])

asyncio.run(main())
# (end of the program)
