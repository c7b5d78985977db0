# wrapping a paragraph for a narrow terminal, with the width from a setting
import textwrap

text = "asyncio lets one thread juggle many waiting tasks at once."
for width in [20, 0]:
    print(f"width {width}:")
    for line in textwrap.wrap(text, width=width):
        print(" ", line)
