# Closing a loop with callbacks and timers still scheduled drops them silently
import asyncio

loop = asyncio.new_event_loop()
ran = []
loop.call_soon(ran.append, "soon")
h = loop.call_later(5, ran.append, "later")
loop.run_until_complete(asyncio.sleep(0))
print(ran, "timer cancelled?", h.cancelled())
loop.call_soon(ran.append, "never")
loop.close()
print(ran, loop.is_closed())
try:
    loop.call_soon(print, "x")
except RuntimeError as e:
    print("RuntimeError:", e)
loop.create_task(asyncio.sleep(0))
