# waking up the waiting consumer with notify, outside the condition's lock
import asyncio

async def consumer(cond, box):
    async with cond:
        await cond.wait()
        print("got", box[0])

async def main():
    cond = asyncio.Condition()
    box = []
    task = asyncio.create_task(consumer(cond, box))
    await asyncio.sleep(0.01)
    box.append("parcel")
    cond.notify()
    await task

asyncio.run(main())
