import asyncio
import gc

async def boom():
    raise KeyError("missing")

async def main():
    asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    gc.collect()
    print("after collect")

asyncio.run(main())
print("end of program")
