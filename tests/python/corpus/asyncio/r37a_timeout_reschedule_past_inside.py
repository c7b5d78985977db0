# Rescheduling an active timeout into the past makes it fire at the next await; then uncaught in a task
import asyncio


async def work(cm_holder):
    async with asyncio.timeout(10) as cm:
        cm_holder.append(cm)
        await asyncio.sleep(0)
        print("first await passed")
        cm.reschedule(asyncio.get_running_loop().time() - 1)
        print("rescheduled into the past, expired yet?", cm.expired())
        await asyncio.sleep(0.5)
    print("never here")


async def main():
    holder = []
    task = asyncio.create_task(work(holder), name="deadline-task")
    await asyncio.wait([task])
    print("expired:", holder[0].expired())
    print("task exception:", repr(task.exception()))
    await task


asyncio.run(main())
