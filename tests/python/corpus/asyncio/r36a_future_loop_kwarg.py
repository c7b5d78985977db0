# asyncio.Future(loop=...) made for a manual loop, resolved by call_later, awaited by run_until_complete
import asyncio

loop = asyncio.new_event_loop()
fut = asyncio.Future(loop=loop)
print(repr(fut), fut.get_loop() is loop)
loop.call_later(0.01, fut.set_result, [1, 2, 3])
print(loop.run_until_complete(fut))
print(repr(fut))
err = asyncio.Future(loop=loop)
loop.call_soon(err.set_exception, TimeoutError("slow"))
try:
    loop.run_until_complete(err)
except TimeoutError as e:
    print("TimeoutError:", e)
loop.close()
