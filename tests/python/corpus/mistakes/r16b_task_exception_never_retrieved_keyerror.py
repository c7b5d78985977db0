# A background task fails with a KeyError nobody awaits: logged when the loop ends
import asyncio

settings = {"user": "ada"}

async def read_setting(name):
    await asyncio.sleep(0.01)
    return settings[name]

async def main():
    asyncio.create_task(read_setting("password"))
    await asyncio.sleep(0.1)
    print("main is done")

asyncio.run(main())
