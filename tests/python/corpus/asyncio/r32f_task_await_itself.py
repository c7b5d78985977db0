# A task that tries to await its own Task object
import asyncio

async def selfish():
    me = asyncio.current_task()
    await asyncio.sleep(0.01)
    return await me

async def main():
    t = asyncio.create_task(selfish())
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    main_task = asyncio.current_task()
    await main_task

asyncio.run(main())
