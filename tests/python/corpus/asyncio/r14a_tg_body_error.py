# test_taskgroups: an error in the async-with body cancels the children and is raised in an ExceptionGroup
import asyncio

cleaned = []

async def child(i):
    try:
        await asyncio.sleep(1)
    finally:
        cleaned.append((i, asyncio.current_task().cancelling() > 0))

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for i in range(2):
                tg.create_task(child(i))
            await asyncio.sleep(0)
            raise RuntimeError('body')
    except* RuntimeError as eg:
        print('got', [str(e) for e in eg.exceptions])
    print('cleaned up:', sorted(cleaned))

asyncio.run(main())
