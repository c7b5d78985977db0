# run_forever until a callback calls stop(); the loop can then run again
import asyncio

def tick(loop, n):
    print("tick", n)
    if n == 3:
        loop.stop()
    else:
        loop.call_later(0.01, tick, loop, n + 1)

loop = asyncio.new_event_loop()
loop.call_soon(tick, loop, 1)
loop.run_forever()
print("stopped; running?", loop.is_running())
loop.call_soon(print, "second run")
loop.call_soon(loop.stop)
loop.run_forever()
loop.close()
try:
    loop.run_forever()
except RuntimeError as e:
    print("RuntimeError:", e)
