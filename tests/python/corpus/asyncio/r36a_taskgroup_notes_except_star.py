# Children add notes to their exceptions; except* handles some types and the rest goes uncaught
import asyncio


async def fetch(url):
    await asyncio.sleep(0.01)
    try:
        if "bad" in url:
            raise ConnectionError(f"cannot reach {url}")
        if "slow" in url:
            raise TimeoutError(f"{url} too slow")
        return url
    except Exception as e:
        e.add_note(f"while fetching {url}")
        raise


async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            for url in ["a.example", "bad.example", "slow.example"]:
                tg.create_task(fetch(url))
    except* ConnectionError as eg:
        for e in eg.exceptions:
            print("handled:", e, e.__notes__)


asyncio.run(main())
