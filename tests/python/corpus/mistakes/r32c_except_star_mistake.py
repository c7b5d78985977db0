# Mixing except and except* in one try statement.
import asyncio

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(0.01))
    except* ValueError:
        print("value")
    except TypeError:
        print("type")

asyncio.run(main())
