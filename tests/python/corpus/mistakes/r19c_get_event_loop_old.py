# Old tutorial code: get_event_loop() at module level, then run_until_complete
import asyncio

async def greet(name):
    await asyncio.sleep(0.1)
    print(f"Hello, {name}")

loop = asyncio.get_event_loop()
tasks = [loop.create_task(greet(n)) for n in ("Ann", "Bob")]
loop.run_until_complete(asyncio.wait(tasks))
loop.run_until_complete(asyncio.gather(greet("Cy"), greet("Di")))
loop.close()
try:
    loop.run_until_complete(greet("Ed"))
except RuntimeError as e:
    print("RuntimeError:", e)
