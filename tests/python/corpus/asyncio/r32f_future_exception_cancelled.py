# Asking a cancelled future for its exception or result raises CancelledError
import asyncio

async def main():
    fut = asyncio.get_running_loop().create_future()
    fut.cancel(msg="no longer needed")
    for method in ("exception", "result"):
        try:
            getattr(fut, method)()
        except asyncio.CancelledError as e:
            print(method, "-> CancelledError", e.args)
    done = asyncio.get_running_loop().create_future()
    done.set_result(None)
    print("exception of successful future:", done.exception())
    pending = asyncio.get_running_loop().create_future()
    try:
        pending.exception()
    except asyncio.InvalidStateError as e:
        print("InvalidStateError:", e)

asyncio.run(main())
