# Waiting for an Event with a timeout; the timed-out waiter leaves no trace.
import asyncio

async def main():
    ev = asyncio.Event()
    try:
        await asyncio.wait_for(ev.wait(), 0.02)
    except TimeoutError:
        print('no event in time')
    print('waiters left:', len(ev._waiters))
    asyncio.get_running_loop().call_later(0.01, ev.set)
    print('got event:', await asyncio.wait_for(ev.wait(), 1))

asyncio.run(main())
# (end of the program)
