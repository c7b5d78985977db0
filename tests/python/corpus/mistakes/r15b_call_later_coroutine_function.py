# Mistake: a call_later callback calls a coroutine function without awaiting it (it cannot: it is not async).
import asyncio

async def remind(text):
    print("reminder:", text)

def on_timer(text):
    remind(text)
    print("timer fired for", text)

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.01, on_timer, "stretch")
    await asyncio.sleep(0.05)
    print("main done")

asyncio.run(main())
