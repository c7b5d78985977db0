# test_queue.c: the_nowait_forms_and_task_done_raise_what_python_raises
import asyncio


async def main():
    q = asyncio.Queue(1)
    try:
        q.get_nowait()
    except asyncio.QueueEmpty as e:
        print(f"QueueEmpty: {e!r}")
    q.put_nowait("x")
    try:
        q.put_nowait("y")
    except asyncio.QueueFull as e:
        print(f"QueueFull: {e!r}")
    print(q.get_nowait(), q.qsize())
    q.task_done()
    try:
        q.task_done()
    except ValueError as e:
        print(f"ValueError: {e}")
    pq = asyncio.PriorityQueue()
    pq.put_nowait(1)
    try:
        pq.put_nowait("a")
    except TypeError as e:
        print(f"TypeError: {e}")
    print(f"size {pq.qsize()}")
    try:
        pq.put_nowait(None)
    except TypeError as e:
        print(f"TypeError: {e}")
    try:
        pq.put_nowait([1])
    except TypeError as e:
        print(f"TypeError: {e}")
    print(f"size {pq.qsize()}")


asyncio.run(main())
