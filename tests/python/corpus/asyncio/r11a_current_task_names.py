import asyncio


async def job(seconds):
    me = asyncio.current_task()
    print(f"{me.get_name()} sleeping {seconds}")
    await asyncio.sleep(seconds)
    return me.get_name()


async def main():
    main_task = asyncio.current_task()
    main_task.set_name("main-task")
    jobs = [asyncio.create_task(job(0.01 * i), name=f"job-{i}") for i in range(1, 4)]
    names = sorted(t.get_name() for t in asyncio.all_tasks())
    print("running:", names)
    print(await asyncio.gather(*jobs))
    print("left:", sorted(t.get_name() for t in asyncio.all_tasks()))


asyncio.run(main())
