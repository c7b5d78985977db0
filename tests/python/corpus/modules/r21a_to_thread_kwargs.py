# to_thread passes args and kwargs; exceptions propagate to the awaiting task
import asyncio
def compute(a, b, *, op="add"):
    if op == "div":
        return a / b
    return a + b
async def main():
    print(await asyncio.to_thread(compute, 2, 3))
    print(await asyncio.to_thread(compute, 6, 3, op="div"))
    try:
        await asyncio.to_thread(compute, 1, 0, op="div")
    except ZeroDivisionError as e:
        print("caught:", e)
asyncio.run(main())
