# task in a TaskGroup raising a chained exception
import asyncio

async def fetch(url):
    await asyncio.sleep(0)
    try:
        return {"a": 1}[url]
    except KeyError as e:
        raise LookupError(f"cannot fetch {url}") from e

async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(fetch("a"))
        tg.create_task(fetch("z"))

asyncio.run(main())
