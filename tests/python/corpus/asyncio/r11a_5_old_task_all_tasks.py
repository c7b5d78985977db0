import asyncio


async def main():
    print(len(asyncio.all_tasks()))
    try:
        asyncio.Task.current_task()
    except AttributeError as e:
        print("AttributeError:", e)
    print(asyncio.Task.all_tasks())


asyncio.run(main())
