# run_forever stopped from a callback after a couple of timers fire
import asyncio

loop = asyncio.new_event_loop()
ticks = []

def tick(n):
    ticks.append(n)
    if n == 3:
        loop.stop()
    else:
        loop.call_later(0.01, tick, n + 1)

loop.call_soon(tick, 1)
loop.run_forever()
print("ticks:", ticks, "running:", loop.is_running())
loop.close()
