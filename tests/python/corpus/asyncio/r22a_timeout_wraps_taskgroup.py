# asyncio.timeout around a TaskGroup cancels its children and raises TimeoutError.
import asyncio

stopped = []

async def crawl(page):
    try:
        await asyncio.sleep(0.01 if page == 1 else 1)
        return page
    except asyncio.CancelledError:
        stopped.append(page)
        raise

async def main():
    tasks = []
    try:
        async with asyncio.timeout(0.1):
            async with asyncio.TaskGroup() as tg:
                tasks = [tg.create_task(crawl(p)) for p in (1, 2, 3)]
    except TimeoutError:
        print('crawl timed out')
    print('stopped:', sorted(stopped))
    print([t.result() if not t.cancelled() else 'cancelled' for t in tasks])

asyncio.run(main())
# (end of the program)
