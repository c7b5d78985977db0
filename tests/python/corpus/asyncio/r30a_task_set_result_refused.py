# A Task is a Future you cannot complete by hand
import asyncio

async def job():
    await asyncio.sleep(0.01)
    return "real result"

async def main():
    t = asyncio.create_task(job())
    try:
        t.set_result("fake")
    except RuntimeError as e:
        print("RuntimeError:", e)
    print(await t)
    t.set_exception(ValueError("fake"))

asyncio.run(main())
