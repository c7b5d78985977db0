# Run a subprocess asynchronously and read its output (asyncio.create_subprocess_exec)
import asyncio
import sys

async def run(*args):
    proc = await asyncio.create_subprocess_exec(
        *args, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    return proc.returncode, out.decode().strip(), err.decode().strip()

async def main():
    print(await run("echo", "hello", "world"))
    print(await run(sys.executable, "-c", "import sys; print(6*7); sys.exit(3)"))
    results = await asyncio.gather(run("echo", "a"), run("echo", "b"))
    print(results)

asyncio.run(main())
