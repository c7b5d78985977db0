# the classes of asyncio's objects and their modules, as printed
import asyncio

async def main():
    loop = asyncio.get_running_loop()
    for obj in (asyncio.Future, asyncio.Task, asyncio.Lock, asyncio.Event, asyncio.Queue,
                asyncio.TimeoutError, asyncio.CancelledError, asyncio.InvalidStateError,
                asyncio.QueueEmpty, asyncio.BrokenBarrierError, asyncio.TaskGroup,
                asyncio.Timeout, asyncio.Handle, asyncio.TimerHandle):
        print(obj)
    print(type(loop.call_soon(print)), type(asyncio.current_task()))
    print(asyncio.IncompleteReadError(b'ab', 5), asyncio.LimitOverrunError('too long', 3).consumed)

asyncio.run(main())
