# test_events: test_run_forever_stop / callbacks scheduled before stop() still run
import asyncio

loop = asyncio.new_event_loop()
order = []
loop.call_soon(order.append, 1)
loop.call_soon(loop.stop)
loop.call_soon(order.append, 2)
loop.run_forever()
print(order)
loop.call_soon(order.append, 3)
loop.call_soon(loop.stop)
loop.run_forever()
print(order, loop.is_running(), loop.is_closed())
loop.close()
try:
    loop.call_soon(print)
except RuntimeError as e:
    print("RuntimeError:", e)
