import asyncio

async def fetch(url):
    await asyncio.sleep(len(url) / 1000)
    return len(url)

async def main():
    urls = ['a.com', 'bb.org', 'ccc.net']
    async with asyncio.TaskGroup() as tg:
        tasks = {u: tg.create_task(fetch(u), name=u) for u in urls}
    for u, t in tasks.items():
        print(u, t.result(), t.get_name(), t.done())
    print(sum(t.result() for t in tasks.values()))

asyncio.run(main())
