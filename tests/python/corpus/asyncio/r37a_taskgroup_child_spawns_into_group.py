# A child task adds more tasks to its own TaskGroup while the group is still open; a late add fails
import asyncio

order = []


async def crawl(tg, url, depth):
    await asyncio.sleep(0.01)
    order.append(url)
    if depth < 2:
        for i in range(2):
            tg.create_task(crawl(tg, f"{url}/{i}", depth + 1))


async def main():
    async with asyncio.TaskGroup() as tg:
        tg.create_task(crawl(tg, "root", 0))
    print(len(order), order)
    try:
        tg.create_task(crawl(tg, "late", 0))
    except RuntimeError as e:
        print("RuntimeError:", e)


asyncio.run(main())
