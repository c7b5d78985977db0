# an Event that is set too late for one waiter
import asyncio

async def waiter(ev, label, timeout):
    try:
        await asyncio.wait_for(ev.wait(), timeout)
        return f'{label}: saw the event'
    except asyncio.TimeoutError:
        return f'{label}: gave up'

async def main():
    ev = asyncio.Event()
    asyncio.get_running_loop().call_later(0.2, ev.set)
    print(await asyncio.gather(waiter(ev, 'quick', 0.05), waiter(ev, 'patient', 0.5)))
    print('is_set', ev.is_set())
    ev.clear()
    print('is_set', ev.is_set())

asyncio.run(main())
