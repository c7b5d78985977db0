# Mixing except and except* on the same try
import asyncio

async def main():
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(asyncio.sleep(0.01))
    except* ValueError:
        print("value error")
    except TypeError:
        print("type error")

asyncio.run(main())
