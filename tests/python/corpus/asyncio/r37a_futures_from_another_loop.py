# Mixing event loops: a future made on one loop awaited, gathered and run on another
import asyncio


async def await_it(fut):
    return await fut


def main():
    loop_a = asyncio.new_event_loop()
    loop_b = asyncio.new_event_loop()
    fut = loop_a.create_future()
    fut.set_result("from a")
    try:
        loop_b.run_until_complete(fut)
    except ValueError as e:
        print("ValueError:", e)
    try:
        asyncio.ensure_future(fut, loop=loop_b)
    except ValueError as e:
        print("ValueError:", e)
    print(loop_a.run_until_complete(fut))
    pending = loop_a.create_future()
    try:
        loop_b.run_until_complete(await_it(pending))
    except RuntimeError as e:
        print("RuntimeError:", str(e).split(" got ")[1].split(" attached")[0])
    loop_a.close()
    loop_b.close()


main()
