# Inside an except* block a new error is raised: it escapes with the group as its context.
import asyncio

async def fetch(url):
    await asyncio.sleep(0.01)
    if "bad" in url:
        raise ConnectionError(url)
    return url

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("good.example"))
            tg.create_task(fetch("bad.example"))
    except* ConnectionError as eg:
        print("network errors:", len(eg.exceptions))
        raise RuntimeError("crawl failed") from eg

asyncio.run(main())
