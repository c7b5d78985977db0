import asyncio

background_tasks = set()

async def job(i, out):
    await asyncio.sleep(0.01 * i)
    out.append(i)

async def main():
    out = []
    for i in range(5):
        task = asyncio.create_task(job(i, out))
        background_tasks.add(task)
        task.add_done_callback(background_tasks.discard)
    print("pending:", len(background_tasks))
    while background_tasks:
        await asyncio.sleep(0.01)
    print("out:", out, "pending:", len(background_tasks))

asyncio.run(main())
