# A task that awaits itself: RuntimeError "Task cannot await on itself".
import asyncio

async def selfish():
    me = asyncio.current_task()
    try:
        await me
    except RuntimeError as e:
        print('RuntimeError:', str(e).split(':')[0])
    return 'survived'

async def main():
    print(await asyncio.create_task(selfish()))

asyncio.run(main())
