import asyncio


def make_counter():
    count = 0

    async def tick(step=1):
        nonlocal count
        await asyncio.sleep(0)
        count += step
        return count

    return tick


async def main():
    a, b = make_counter(), make_counter()
    print(await asyncio.gather(a(), a(), b(10), a(5)))
    handlers = {name: (lambda n=name: asyncio.sleep(0, n.upper())) for name in ["get", "post"]}
    for name, h in handlers.items():
        print(name, await h())
    print(await asyncio.gather(*[asyncio.sleep(0, i) for i in range(3)]))


asyncio.run(main())
