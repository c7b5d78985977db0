# Tasks of an async generator's __anext__(), asend() and aclose(),
# cancelled before their first step: CPython's Task throws CancelledError
# into them, and so into the generator, which may catch it.
import asyncio


async def stubborn():
    while True:
        try:
            yield 1
        except asyncio.CancelledError as e:
            print("stubborn caught CancelledError", e.args)
            yield 2


async def closing():
    try:
        yield "x"
    finally:
        print("closing's finally")


async def main():
    agen = stubborn()
    print(await agen.__anext__())
    t = asyncio.create_task(agen.__anext__())
    t.cancel("stop")
    print("result", await t, t.cancelled())
    fresh = stubborn()
    u = asyncio.create_task(fresh.asend(None))
    u.cancel("bye")
    try:
        await u
    except asyncio.CancelledError as e:
        print("u cancelled", e.args, u.cancelled())
    g = closing()
    await g.__anext__()
    w = asyncio.create_task(g.aclose())
    print(w)
    w.cancel()
    try:
        await w
    except asyncio.CancelledError:
        print("aclose task cancelled", w.cancelled())
    print(w)


asyncio.run(main())
