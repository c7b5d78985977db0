# main returns without awaiting its background tasks: asyncio.run cancels them at exit
import asyncio

log = []

async def background(name):
    try:
        print(name, "started")
        await asyncio.sleep(10)
    except asyncio.CancelledError:
        log.append(f"{name} cancelled at shutdown")
        raise
    finally:
        log.append(f"{name} finally")

async def main():
    for n in ("uploader", "indexer"):
        asyncio.create_task(background(n))
    await asyncio.sleep(0.01)
    print("main returns")
    return "main result"

print(asyncio.run(main()))
print(*sorted(log), sep="\n")
