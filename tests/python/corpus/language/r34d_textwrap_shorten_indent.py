# textwrap: shorten, indent with a predicate, dedent and fill with initial indents
import textwrap

text = "The event loop runs one task at a time and switches only at await points, which is why blocking calls hurt."
print(textwrap.shorten(text, 40))
print(textwrap.shorten(text, 40, placeholder=" [more]"))
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  "))
block = """\
    def f():
        return 1

    x = f()
"""
d = textwrap.dedent(block)
print(d, end="")
print(textwrap.indent(d, ">>> ", predicate=lambda line: line.strip() != ""), end="")
print(textwrap.wrap("supercalifragilisticexpialidocious word", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious", 10, break_long_words=False))
print(repr(textwrap.fill("a\tb", 20, expand_tabs=True, tabsize=4)))
