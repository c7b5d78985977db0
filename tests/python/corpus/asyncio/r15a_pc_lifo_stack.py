# LifoQueue used as an undo stack, with get_nowait on empty
import asyncio

async def main():
    stack = asyncio.LifoQueue()
    for action in ["type a", "type b", "bold", "delete"]:
        stack.put_nowait(action)
    while True:
        try:
            print("undo", stack.get_nowait())
        except asyncio.QueueEmpty:
            print("nothing left to undo")
            break
    print(type(stack).__name__, isinstance(stack, asyncio.Queue))

asyncio.run(main())
