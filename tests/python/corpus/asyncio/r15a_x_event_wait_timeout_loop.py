# Polling an Event with wait_for timeouts until it is set by a delayed callback
import asyncio

async def main():
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(0.5, ev.set)
    tries = 0
    while True:
        tries += 1
        try:
            await asyncio.wait_for(ev.wait(), timeout=0.2)
            break
        except asyncio.TimeoutError:
            print("not yet, try", tries)
    print("event set after", tries, "tries")

asyncio.run(main())
