# loop.close(): not while running; pending callbacks discarded; policy and loop types
import asyncio

async def try_close():
    loop = asyncio.get_running_loop()
    try:
        loop.close()
    except RuntimeError as e:
        print("RuntimeError:", e)

loop = asyncio.new_event_loop()
loop.run_until_complete(try_close())
loop.call_soon(print, "discarded callback")
loop.call_later(0.1, print, "discarded timer")
loop.close()
print("closed with callbacks pending:", loop.is_closed())
print(type(loop).__name__, isinstance(loop, asyncio.AbstractEventLoop),
      isinstance(loop, asyncio.SelectorEventLoop))
print(type(asyncio.get_event_loop_policy()).__name__)
print(asyncio.DefaultEventLoopPolicy.__name__)
for bad in (loop.run_forever, lambda: loop.create_task(try_close()), lambda: loop.call_later(1, print)):
    try:
        bad()
    except RuntimeError as e:
        print("RuntimeError:", e)
