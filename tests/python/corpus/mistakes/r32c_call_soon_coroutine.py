# Scheduling a coroutine object with call_soon instead of create_task.
import asyncio

async def remind(msg):
    print("reminder:", msg)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_soon(remind("stretch"))
    await asyncio.sleep(0.02)
    print("main done")

asyncio.run(main())
