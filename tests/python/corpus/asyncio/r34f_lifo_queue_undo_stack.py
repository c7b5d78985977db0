# An undo stack with asyncio.LifoQueue: the last edit is undone first.
import asyncio

async def editor(stack: asyncio.LifoQueue, text: list):
    for word in ["Hello", "async", "brave", "world"]:
        text.append(word)
        await stack.put(("append", word))
        await asyncio.sleep(0)
    print("text:", " ".join(text))

async def undo(stack: asyncio.LifoQueue, text: list, times: int):
    for _ in range(times):
        op, word = stack.get_nowait()
        assert text.pop() == word
        print(f"undo {op} {word!r} -> {' '.join(text)!r}")

async def main():
    stack = asyncio.LifoQueue(maxsize=10)
    text = []
    await editor(stack, text)
    await undo(stack, text, 2)
    print("left on stack:", stack.qsize())
    try:
        await undo(stack, text, 3)
    except asyncio.QueueEmpty:
        print("nothing more to undo:", repr(asyncio.QueueEmpty()))
    print(type(stack).__mro__[1].__name__)

asyncio.run(main())
