# Async notification sender formatting messages with string.Template and textwrap
import asyncio
import string
import textwrap

TEMPLATE = string.Template("Hi $name, your order #$order ships $when. ${extra}")

async def send(user, order):
    await asyncio.sleep(0.005 * order)
    body = TEMPLATE.safe_substitute(name=user, order=order, when="tomorrow")
    return textwrap.fill(body, width=28, initial_indent="> ", subsequent_indent="  ")

async def main():
    for msg in await asyncio.gather(send("Ann", 3), send("Bo", 12)):
        print(msg)
    print(textwrap.shorten("An extremely long status line that goes on and on", width=30, placeholder=" [...]"))
    try:
        TEMPLATE.substitute(name="Cy")
    except KeyError as e:
        print("KeyError:", e)
    print(textwrap.dedent("""\
        indented
          more
        back"""))

asyncio.run(main())
