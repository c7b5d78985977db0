# An async generator abandoned mid-iteration is finalised by asyncio.run at shutdown
import asyncio

async def numbers():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print("numbers() cleaned up")

gen_ref = None

async def main():
    global gen_ref
    gen_ref = numbers()
    print(await gen_ref.__anext__(), await gen_ref.__anext__())
    print("main returns")

asyncio.run(main())
print("after run")
