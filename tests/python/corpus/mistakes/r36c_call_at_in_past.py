# scheduling a reminder with call_at using a delay instead of a loop time
import asyncio

def remind(msg):
    print("reminder:", msg)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.05, remind, "later")
    loop.call_at(0.02, remind, "at 0.02?")
    loop.call_soon(remind, "soon")
    await asyncio.sleep(0.1)
    h = loop.call_later("1", remind, "x")

asyncio.run(main())
