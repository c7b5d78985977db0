# After a task of a TaskGroup fails, the group refuses new tasks; the body's own exception joins the group.
import asyncio

async def fail():
    await asyncio.sleep(0.01)
    raise ValueError('first failure')

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                print('the body is cancelled by the failing task')
                coro = asyncio.sleep(0)
                try:
                    tg.create_task(coro)
                except RuntimeError as e:
                    print('RuntimeError:', str(e).replace(repr(tg), 'TG'))
                coro.close()
                raise
    except ExceptionGroup as eg:
        print('group:', eg.exceptions)
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            raise KeyError('from the body')
    except ExceptionGroup as eg:
        print('with the body error:', sorted(repr(e) for e in eg.exceptions))

asyncio.run(main())
