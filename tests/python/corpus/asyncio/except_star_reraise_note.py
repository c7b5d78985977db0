# a note added to the group in an except* handler before a bare raise: the re-raised group is the original's projection, without it
import asyncio

async def job(n):
    await asyncio.sleep(0.1)
    e = ValueError(f'bad {n}')
    e.add_note(f'while processing item {n}')
    raise e

async def main():
    async with asyncio.TaskGroup() as tg:
        for n in range(2):
            tg.create_task(job(n))

try:
    asyncio.run(main())
except* ValueError as eg:
    eg.add_note('group note')
    raise
