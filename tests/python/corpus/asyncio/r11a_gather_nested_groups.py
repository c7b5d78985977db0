import asyncio


async def fetch(kind, n):
    await asyncio.sleep(0.001 * n)
    return f"{kind}{n}"


async def fetch_all(kind, count):
    return await asyncio.gather(*(fetch(kind, i) for i in range(count)))


async def main():
    users, posts, tags = await asyncio.gather(
        fetch_all("user", 2), fetch_all("post", 3), fetch_all("tag", 1))
    print(users, posts, tags)
    flat = await asyncio.gather(asyncio.gather(fetch("x", 1)), fetch("y", 2))
    print(flat)


asyncio.run(main())
