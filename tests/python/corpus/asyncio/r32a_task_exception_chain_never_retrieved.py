# "Task exception was never retrieved" with an implicitly chained exception
import asyncio

async def convert(s):
    try:
        return int(s)
    except ValueError:
        return {}["fallback"]

async def main():
    asyncio.create_task(convert("abc"), name="converter")
    await asyncio.sleep(0.01)
    print("main finished without looking")

asyncio.run(main())
