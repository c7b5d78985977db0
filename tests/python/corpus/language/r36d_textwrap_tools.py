# Formatting a help screen with textwrap: fill, indent, dedent and shorten.
import textwrap

blurb = ("Asyncio lets a single thread juggle many waiting tasks by handing control "
         "back to the event loop at every await, which is cheap and predictable.")
print(textwrap.fill(blurb, width=40, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(blurb, width=50))
print(textwrap.shorten(blurb, width=50, placeholder=" [more]"))
code = """
    def hello():
        print("hi")
"""
print(textwrap.dedent(code).strip())
print(textwrap.indent("one\n\ntwo\n", "> "), end="")
print(textwrap.indent("one\n\ntwo\n", "> ", predicate=lambda line: True), end="")
w = textwrap.TextWrapper(width=20, max_lines=3, placeholder="...")
for line in w.wrap(blurb):
    print(f"|{line:<20}|")
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10))
print(textwrap.wrap("supercalifragilisticexpialidocious word", width=10, break_long_words=False))
print(textwrap.wrap("a\tb c", width=8, expand_tabs=True, tabsize=4))
print(textwrap.fill("", width=10) == "")
