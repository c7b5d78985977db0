# Run a shell command with asyncio.create_subprocess_shell and read its output, as in the docs.
import asyncio

async def run(cmd):
    proc = await asyncio.create_subprocess_shell(
        cmd, stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    stdout, stderr = await proc.communicate()
    print(f"[{cmd!r} exited with {proc.returncode}]")
    if stdout:
        print(f"[stdout]\n{stdout.decode()}", end="")
    if stderr:
        print(f"[stderr]\n{stderr.decode()}", end="")

async def main():
    await run("echo hello; echo world")
    await run("exit 3")

asyncio.run(main())
