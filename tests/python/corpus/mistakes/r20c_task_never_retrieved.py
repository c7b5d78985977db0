# task exception never retrieved message
import asyncio

async def boom():
    raise ValueError("lost error")

async def main():
    t = asyncio.create_task(boom())
    await asyncio.sleep(0.01)
    print("main done", t.done())
    del t

asyncio.run(main())
print("end")
