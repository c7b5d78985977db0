# Adding notes to an exception as it passes up through awaits, then leaving it uncaught
import asyncio


async def read_setting(name):
    await asyncio.sleep(0)
    raise LookupError(f"setting {name!r} missing")


async def load_section(section, names):
    for n in names:
        try:
            await read_setting(n)
        except LookupError as e:
            e.add_note(f"while loading section [{section}]")
            raise


async def main():
    try:
        await load_section("db", ["host"])
    except LookupError as e:
        e.add_note("startup aborted")
        print("notes:", e.__notes__)
        raise


asyncio.run(main())
