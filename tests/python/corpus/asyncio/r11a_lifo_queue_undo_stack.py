import asyncio


async def main():
    undo = asyncio.LifoQueue(maxsize=3)
    for action in ["type 'h'", "type 'i'", "bold", "delete"]:
        if undo.full():
            print("undo history full, dropping", action)
            continue
        await undo.put(action)
    print(undo)
    while not undo.empty():
        print("undo:", undo.get_nowait())
    try:
        undo.get_nowait()
    except asyncio.QueueEmpty:
        print("nothing left to undo")


asyncio.run(main())
