# test_tasks: default task names count up across the whole program, runs included
import asyncio

async def name():
    return asyncio.current_task().get_name()

async def main():
    names = [await asyncio.create_task(name()) for _ in range(3)]
    return names + [asyncio.current_task().get_name()]

print(asyncio.run(main()))
print(asyncio.run(main()))
