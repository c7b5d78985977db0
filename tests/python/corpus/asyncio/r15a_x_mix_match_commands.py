# A command interpreter task fed by a Queue, dispatching with match statements
import asyncio

async def interpreter(q):
    stack = []
    while True:
        cmd = await q.get()
        match cmd.split():
            case ["push", *nums]:
                stack.extend(int(n) for n in nums)
            case ["pop"]:
                print("popped", stack.pop() if stack else None)
            case ["add" | "mul" as op]:
                b, a = stack.pop(), stack.pop()
                stack.append(a + b if op == "add" else a * b)
            case ["sleep", secs]:
                await asyncio.sleep(float(secs))
            case ["quit"]:
                return stack
            case _:
                print("unknown command:", cmd)

async def main():
    q = asyncio.Queue()
    task = asyncio.create_task(interpreter(q))
    for cmd in ["push 2 3 4", "mul", "add", "sleep 0.05", "frobnicate", "push 10", "pop", "quit"]:
        await q.put(cmd)
    print("final stack:", await task)

asyncio.run(main())
