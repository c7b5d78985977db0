import asyncio


async def fetch(url):
    await asyncio.sleep(0.01)
    if "bad" in url:
        raise ConnectionError(f"cannot fetch {url}")
    return url.upper()


async def main():
    async with asyncio.TaskGroup() as tg:
        for url in ["ok.com", "bad.com", "fine.org", "bad.net"]:
            tg.create_task(fetch(url))
    print("unreachable")


asyncio.run(main())
