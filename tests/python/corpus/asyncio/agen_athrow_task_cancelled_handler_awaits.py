# athrow()'s awaitable as a task cancelled before its first step: the
# generator sees CancelledError; when its handler awaits, the task's next
# step throws athrow()'s own exception in at that await.
import asyncio


async def numbers():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("got", repr(e))
        except asyncio.CancelledError:
            print("cancelled at yield; tidying")
            try:
                await asyncio.sleep(0.01)
                print("tidied")
            except ValueError as e:
                print("tidying interrupted by", repr(e))
            yield -1
        n += 1


async def main():
    g = numbers()
    print(await g.__anext__())
    t = asyncio.create_task(g.athrow(ValueError("late")))
    t.cancel("stop")
    try:
        print("task gave", await t)
    except BaseException as e:
        print("task raised", type(e).__name__, e)
    print(await g.__anext__())
    print(await g.athrow(ValueError("now")))
    await g.aclose()


asyncio.run(main())
