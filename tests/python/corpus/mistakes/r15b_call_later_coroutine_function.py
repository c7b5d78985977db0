# Mistake: a coroutine function scheduled with call_later.
import asyncio

async def remind(text):
    print("reminder:", text)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, remind, "stretch")
    await asyncio.sleep(0.05)

asyncio.run(main())
