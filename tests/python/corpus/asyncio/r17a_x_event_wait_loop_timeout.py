# a polling loop: wait for an Event with a timeout, doing other work between tries
import asyncio

async def setter(ev):
    await asyncio.sleep(0.5)
    ev.set()

async def main():
    ev = asyncio.Event()
    asyncio.create_task(setter(ev))
    tries = 0
    while True:
        tries += 1
        try:
            await asyncio.wait_for(ev.wait(), timeout=0.3)
            break
        except TimeoutError:
            print('try', tries, 'timed out')
    print('event seen after', tries, 'tries')

asyncio.run(main())
