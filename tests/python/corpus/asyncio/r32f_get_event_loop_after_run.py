# Old code calling asyncio.get_event_loop() after asyncio.run() has finished
import asyncio

async def ping():
    await asyncio.sleep(0.01)
    return "pong"

print(asyncio.run(ping()))
try:
    loop = asyncio.get_event_loop()
    print("got a loop, closed:", loop.is_closed())
    print(loop.run_until_complete(ping()))
except RuntimeError as e:
    print("RuntimeError:", e)
