import asyncio

async def job():
    await asyncio.sleep(0)
    return 1

async def main():
    async with asyncio.TaskGroup() as tg:
        t = tg.create_task(job())
    print(t.result())
    c = job()
    try:
        tg.create_task(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()
    tg2 = asyncio.TaskGroup()
    c = job()
    try:
        tg2.create_task(c)
    except RuntimeError as e:
        print('RuntimeError:', e)
    c.close()
    async with tg2:
        try:
            async with tg2:
                pass
        except RuntimeError as e:
            print('RuntimeError:', e)

asyncio.run(main())
