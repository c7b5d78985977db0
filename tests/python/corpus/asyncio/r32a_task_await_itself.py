# A task that awaits itself gets a RuntimeError
import asyncio

async def selfish():
    me = asyncio.current_task()
    await asyncio.sleep(0)
    return await me

async def main():
    t = asyncio.create_task(selfish(), name="selfish")
    try:
        await t
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(":")[0])
    print(t.done(), type(t.exception()).__name__)

asyncio.run(main())
