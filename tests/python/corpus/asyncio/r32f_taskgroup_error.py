# A TaskGroup where one fetch fails: siblings are cancelled and except* handles the group
import asyncio

async def fetch(url, delay, fail=False):
    try:
        await asyncio.sleep(delay)
        if fail:
            raise ConnectionError(f"could not reach {url}")
        print("fetched", url)
        return url
    except asyncio.CancelledError:
        print("cancelled", url)
        raise

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(fetch("a.com", 0.01))
            tg.create_task(fetch("b.com", 0.03, fail=True))
            tg.create_task(fetch("c.com", 0.2))
    except* ConnectionError as eg:
        print("connection errors:", [str(e) for e in eg.exceptions])
        print(type(eg).__name__, eg.message)
    print("after the group")

asyncio.run(main())
