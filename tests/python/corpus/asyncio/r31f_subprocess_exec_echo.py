# Running a shell command asynchronously with create_subprocess_exec
import asyncio

async def run(*cmd):
    proc = await asyncio.create_subprocess_exec(*cmd, stdout=asyncio.subprocess.PIPE)
    out, _ = await proc.communicate()
    return proc.returncode, out.decode().strip()

async def main():
    results = await asyncio.gather(run("echo", "hello"), run("echo", "world"))
    print(results)

asyncio.run(main())
