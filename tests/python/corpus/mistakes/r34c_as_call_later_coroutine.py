# Scheduling a coroutine function with call_later like a callback
import asyncio

async def reminder(text):
    print("reminder:", text)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, reminder, "stretch")
    await asyncio.sleep(0.1)
    print("main done")

asyncio.run(main())
