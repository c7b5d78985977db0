# textwrap: wrap, fill, shorten, indent and dedent a paragraph
import textwrap

para = ("Asynchronous programming lets a single thread juggle many tasks by switching "
        "between them whenever one of them has to wait for something slow, like the network.")
print(textwrap.fill(para, width=40))
print()
for line in textwrap.wrap(para, width=30, initial_indent="* ", subsequent_indent="  "):
    print(repr(line))
print(textwrap.shorten(para, width=50, placeholder=" [...]"))
code = """
    def f():
        return 1
"""
print(textwrap.dedent(code))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\nb\n\nc", "+ ", predicate=lambda line: True))
print(textwrap.wrap("short"), textwrap.wrap(""), textwrap.fill("x" * 25, 10))
