import asyncio, re

def clean(o):
    return re.sub(r' at 0x[0-9a-f]+', '', repr(o))

async def waiter(ev, n):
    print('waiter', n, 'waiting')
    r = await ev.wait()
    print('waiter', n, 'woke with', r)

async def main():
    ev = asyncio.Event()
    print(clean(ev), ev.is_set())
    ts = [asyncio.create_task(waiter(ev, i)) for i in range(3)]
    await asyncio.sleep(0)
    print(clean(ev))
    ev.set()
    print(clean(ev))
    await asyncio.gather(*ts)
    ev.clear()
    print(ev.is_set())
    try:
        await asyncio.wait_for(ev.wait(), 0.01)
    except TimeoutError:
        print('wait timed out after clear')

asyncio.run(main())
