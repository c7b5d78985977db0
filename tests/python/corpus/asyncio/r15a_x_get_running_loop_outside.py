# get_running_loop() and all_tasks() outside any loop: RuntimeError each, caught
import asyncio

for fn in (asyncio.get_running_loop, asyncio.all_tasks, asyncio.current_task):
    try:
        print(fn())
    except RuntimeError as e:
        print(fn.__name__, "->", e)

async def main():
    return type(asyncio.get_running_loop()).__name__

print(asyncio.run(main()))
