# Old tutorial style: get_event_loop() at module level, run_until_complete, then close.
import asyncio

async def greet(name):
    await asyncio.sleep(0.01)
    return f"hello {name}"

loop = asyncio.get_event_loop()
print(type(loop).__name__, loop.is_running())
result = loop.run_until_complete(asyncio.gather(greet("a"), greet("b")))
print(result)
loop.close()
print("closed:", loop.is_closed())
try:
    loop.run_until_complete(greet("c"))
except RuntimeError as e:
    print("RuntimeError:", e)
