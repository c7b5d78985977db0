import asyncio


async def setter(ev, delay):
    await asyncio.sleep(delay)
    print("setting event")
    ev.set()


async def main():
    ev = asyncio.Event()
    asyncio.create_task(setter(ev, 0.5))
    for attempt in range(1, 5):
        try:
            await asyncio.wait_for(ev.wait(), timeout=0.2)
            print(f"attempt {attempt}: event is set")
            break
        except TimeoutError:
            print(f"attempt {attempt}: still waiting")
    print(await ev.wait())


asyncio.run(main())
