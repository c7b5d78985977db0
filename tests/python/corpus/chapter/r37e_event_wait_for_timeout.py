# workers wait on an Event with wait_for; one gives up before the event is set
import asyncio

async def waiter(name, event, patience):
    try:
        await asyncio.wait_for(event.wait(), timeout=patience)
        print(name, 'saw the event')
    except asyncio.TimeoutError:
        print(name, 'gave up waiting')

async def setter(event):
    await asyncio.sleep(0.15)
    print('setting event')
    event.set()

async def main():
    event = asyncio.Event()
    await asyncio.gather(waiter('patient', event, 0.5), waiter('impatient', event, 0.05), setter(event))
    print('event is set:', event.is_set())

asyncio.run(main())
