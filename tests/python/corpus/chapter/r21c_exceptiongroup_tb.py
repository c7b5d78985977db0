# An uncaught TaskGroup error with a note added by the worker.
import asyncio

async def fetch(url):
    await asyncio.sleep(0.1)
    try:
        raise ConnectionError(f'cannot reach {url}')
    except ConnectionError as e:
        e.add_note(f'while fetching {url}')
        raise

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch('a.example'))
        tg.create_task(asyncio.sleep(0.5))

asyncio.run(main())
