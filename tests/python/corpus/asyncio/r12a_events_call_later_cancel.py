# test_events: a TimerHandle cancelled before it fires, and one cancelled after
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    fired = []
    h = loop.call_later(0.02, fired.append, 1)
    h2 = loop.call_later(0.01, fired.append, 2)
    h.cancel()
    print("cancelled:", h.cancelled(), h2.cancelled())
    await asyncio.sleep(0.05)
    print(fired)
    h2.cancel()
    print("cancel after it ran:", h2.cancelled())
    print(repr(h).startswith("<TimerHandle cancelled when="))

asyncio.run(main())
