# exceptions with notes and causes inside an uncaught TaskGroup group
import asyncio

async def fetch(url):
    await asyncio.sleep(0.01)
    try:
        {}[url]
    except KeyError as e:
        err = ConnectionError(f'cannot fetch {url}')
        err.add_note(f'while fetching {url}')
        raise err from e

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch('a.example'))
        tg.create_task(asyncio.sleep(1))

asyncio.run(main())
