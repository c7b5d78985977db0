import asyncio


def fetch_all(urls):
    for url in urls:
        yield url.upper()


async def main():
    results = await fetch_all(["a", "b"])
    print(results)


asyncio.run(main())
