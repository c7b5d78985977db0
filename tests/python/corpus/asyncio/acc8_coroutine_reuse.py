# A coroutine awaited twice: "cannot reuse already awaited coroutine"; send() by hand and StopIteration's value.
import asyncio

async def answer():
    return 42

async def main():
    c = answer()
    print(await c)
    try:
        await c
    except RuntimeError as e:
        print('RuntimeError:', e)

c = answer()
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration value', e.value)
d = answer()
d.close()
try:
    d.send(None)
except RuntimeError as e:
    print('after close:', e)
asyncio.run(main())
