# Scheduling reminders with call_at, passing seconds from now instead of loop time
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    loop.call_at(0.3, print, "third reminder")
    loop.call_later(0.1, print, "first reminder")
    loop.call_at(2.0, print, "fourth reminder")
    loop.call_later(0.2, print, "second reminder")
    await asyncio.sleep(0.4)
    print("done waiting")

asyncio.run(main())
