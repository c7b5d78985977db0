# run_forever runs callbacks until stop(); it can be started again.
import asyncio

loop = asyncio.new_event_loop()
ticks = []

def tick(n):
    ticks.append(n)
    if n < 3:
        loop.call_later(0.01, tick, n + 1)
    else:
        loop.stop()

loop.call_soon(tick, 0)
loop.run_forever()
print(ticks)
loop.call_soon(ticks.append, 'again')
loop.call_soon(loop.stop)
loop.call_soon(ticks.append, 'after stop')
loop.run_forever()
print(ticks)
loop.close()
