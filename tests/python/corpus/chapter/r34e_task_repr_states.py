# printing task states as I go, not the repr because it has addresses
import asyncio

async def worker():
    await asyncio.sleep(0.02)
    return 'ok'

def state(t):
    if not t.done():
        return 'pending'
    if t.cancelled():
        return 'cancelled'
    return 'failed' if t.exception() else 'finished'

async def main():
    a = asyncio.create_task(worker())
    b = asyncio.create_task(worker())
    print(state(a), state(b))
    b.cancel()
    await asyncio.sleep(0)
    print(state(a), state(b))
    await a
    print(state(a), state(b), a.result())
    try:
        b.result()
    except asyncio.CancelledError as e:
        print('b.result() raised', type(e).__name__)

asyncio.run(main())
