# scheduling a reminder with a keyword first and the message after it
import asyncio

async def remind(delay, message):
    await asyncio.sleep(delay)
    print("reminder:", message)

async def main():
    await remind(delay=0.02, "drink water")

asyncio.run(main())
