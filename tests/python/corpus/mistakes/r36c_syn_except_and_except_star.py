# mixing except* for the group with a plain except for the rest
import asyncio

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(0.01))
    except* ValueError:
        print("value errors")
    except Exception:
        print("something else")

asyncio.run(main())
