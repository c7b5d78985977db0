# Request/response over a Queue: each request carries a Future the server resolves.
import asyncio

async def server(q):
    while True:
        op, args, fut = await q.get()
        await asyncio.sleep(0.005)
        try:
            if op == "add":
                fut.set_result(sum(args))
            elif op == "div":
                fut.set_result(args[0] / args[1])
            else:
                raise NotImplementedError(op)
        except Exception as e:
            fut.set_exception(e)
        q.task_done()

async def call(q, op, *args):
    fut = asyncio.get_running_loop().create_future()
    await q.put((op, args, fut))
    return await fut

async def main():
    q = asyncio.Queue()
    srv = asyncio.create_task(server(q))
    print(await call(q, "add", 1, 2, 3))
    print(await asyncio.gather(call(q, "div", 1, 4), call(q, "div", 1, 0), call(q, "pow", 2), return_exceptions=True))
    srv.cancel()
    await asyncio.gather(srv, return_exceptions=True)
    print("server cancelled:", srv.cancelled())

asyncio.run(main())
