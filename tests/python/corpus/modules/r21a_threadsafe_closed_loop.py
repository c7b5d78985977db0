# call_soon_threadsafe on a closed loop raises RuntimeError
import asyncio
loop = asyncio.new_event_loop()
loop.run_until_complete(asyncio.sleep(0.01))
loop.close()
try:
    loop.call_soon_threadsafe(print, "never")
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    loop.run_until_complete(asyncio.sleep(0))
except RuntimeError as e:
    print("RuntimeError:", e)
