# compared the old sched module with call_later for the same three events
import asyncio
import sched
import time

order = []
s = sched.scheduler(time.monotonic, time.sleep)
for label, delay in [('B', 0.2), ('A', 0.1), ('C', 0.3)]:
    s.enter(delay, 1, order.append, (label,))
print('queue length', len(s.queue))
s.run()
print('sched order:', order)

async def main():
    loop = asyncio.get_running_loop()
    got = []
    for label, delay in [('B', 0.2), ('A', 0.1), ('C', 0.3)]:
        loop.call_later(delay, got.append, label)
    await asyncio.sleep(0.4)
    print('asyncio order:', got)

asyncio.run(main())
