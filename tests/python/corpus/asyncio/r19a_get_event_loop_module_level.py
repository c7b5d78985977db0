# get_event_loop() outside a running loop, set_event_loop, new_event_loop, get_running_loop
import asyncio
import warnings
warnings.simplefilter("always")

try:
    asyncio.get_running_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(asyncio.get_event_loop() is loop)

async def main():
    print("inside:", asyncio.get_event_loop() is asyncio.get_running_loop())
    return asyncio.get_running_loop() is loop

print(loop.run_until_complete(main()))
print(asyncio.run(main()))
try:
    asyncio.get_event_loop()
except RuntimeError as e:
    print("RuntimeError:", e)
loop.close()
