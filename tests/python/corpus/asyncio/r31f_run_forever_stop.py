# Old-style loop management: run_forever stopped by call_later(loop.stop)
import asyncio

def hello(loop, n):
    print("hello", n, loop.is_running())
    if n < 3:
        loop.call_soon(hello, loop, n + 1)

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
loop.call_soon(hello, loop, 1)
h = loop.call_later(0.05, loop.stop)
print(type(h).__name__, h.cancelled())
loop.run_forever()
print("stopped; running:", loop.is_running(), "closed:", loop.is_closed())
print(loop.run_until_complete(asyncio.sleep(0.01, result="again")))
loop.close()
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError:", e)
