# test_taskgroups: after a child failed, create_task on the group refuses ("is shutting down")
import asyncio

async def fail():
    raise ValueError('first')

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fail())
            try:
                await asyncio.sleep(1)
            except asyncio.CancelledError:
                coro = asyncio.sleep(0)
                try:
                    tg.create_task(coro)
                except RuntimeError as e:
                    print('RuntimeError:', e)
                coro.close()
                raise
    except* ValueError as eg:
        print('group:', [str(e) for e in eg.exceptions])

asyncio.run(main())
