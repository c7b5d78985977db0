# Entering the same TaskGroup twice, and create_task before entering
import asyncio

async def main():
    tg = asyncio.TaskGroup()
    try:
        tg.create_task(asyncio.sleep(0))
    except RuntimeError as e:
        print("RuntimeError:", e)
    async with tg:
        tg.create_task(asyncio.sleep(0.01))
    print("first use fine")
    async with tg:
        pass

asyncio.run(main())
