# the starter sets the event, but I forgot the parentheses on set
import asyncio

async def waiter(ev, name):
    print(name, "waiting")
    await ev.wait()
    print(name, "released")

async def main():
    ev = asyncio.Event()
    tasks = [asyncio.create_task(waiter(ev, n)) for n in "AB"]
    await asyncio.sleep(0.02)
    ev.set
    print("event set?", ev.is_set())
    await asyncio.wait_for(asyncio.gather(*tasks), timeout=0.05)

asyncio.run(main())
