# Collect results from a TaskGroup after the async with block (tasks kept in a dict).
import asyncio

async def word_count(name, text):
    await asyncio.sleep(0.001 * len(text))
    return len(text.split())

async def main():
    docs = {
        "intro": "asyncio is a library to write concurrent code",
        "tasks": "tasks are used to schedule coroutines concurrently",
        "empty": "",
    }
    async with asyncio.TaskGroup() as tg:
        tasks = {name: tg.create_task(word_count(name, text), name=name) for name, text in docs.items()}
        print("inside: all pending?", not any(t.done() for t in tasks.values()))
    counts = {name: t.result() for name, t in tasks.items()}
    print(counts)
    print("longest:", max(counts, key=counts.get), "total:", sum(counts.values()))
    print([t.get_name() for t in tasks.values()])

asyncio.run(main())
