# Fire-and-forget create_task: main returns before the task finishes
import asyncio

async def background(name, delay):
    print(f"{name} started")
    try:
        await asyncio.sleep(delay)
        print(f"{name} finished")
    except asyncio.CancelledError:
        print(f"{name} cancelled at shutdown")
        raise

async def main():
    asyncio.create_task(background("quick", 0.1))
    asyncio.create_task(background("slow", 1.0))
    await asyncio.sleep(0.2)
    print("main returning")

asyncio.run(main())
print("after run")
