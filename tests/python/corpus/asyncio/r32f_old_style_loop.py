# The pre-3.7 style: new_event_loop, run_until_complete, then close and misuse
import asyncio

async def greet(name):
    await asyncio.sleep(0.01)
    return f"Hello, {name}"

loop = asyncio.new_event_loop()
asyncio.set_event_loop(loop)
print(loop.run_until_complete(greet("world")))
tasks = [loop.create_task(greet(n)) for n in ("a", "b")]
print(loop.run_until_complete(asyncio.gather(*tasks)))
print("running:", loop.is_running(), "closed:", loop.is_closed())
loop.close()
print("closed:", loop.is_closed())
coro = greet("again")
try:
    loop.run_until_complete(coro)
except RuntimeError as e:
    print("RuntimeError:", e)
coro.close()
