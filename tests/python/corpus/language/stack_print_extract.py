# where am I? traceback's stack functions from nested calls, and in a task
import asyncio
import sys
import traceback

def depth():
    return [fs.name for fs in traceback.extract_stack()]

def show(n):
    if n:
        return show(n - 1)
    traceback.print_stack(limit=3)
    print(depth())
    print(traceback.format_stack(limit=1)[0].splitlines()[1].strip())
    for f, lineno in traceback.walk_stack(sys._getframe()):
        print(' ', f.f_code.co_name, lineno)
    print(traceback.StackSummary.extract(traceback.walk_stack(sys._getframe()), limit=2).format()[1].strip().splitlines()[-1])

show(2)

async def inner():
    traceback.print_stack()
    return 'inner done'

async def main():
    print(await inner())
    print(await asyncio.create_task(inner()))

asyncio.run(main())
