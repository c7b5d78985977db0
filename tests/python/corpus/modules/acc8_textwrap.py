# textwrap: wrap, fill, shorten, dedent, indent and TextWrapper's options.
import math
import textwrap

text = ("The factorial of a positive integer n is the product of all positive "
        "integers less than or equal to n. A well-known, often-used example--five "
        "factorial--is 120.  Note that the value of 0! is 1.")
print(textwrap.fill(text, 40))
print(textwrap.wrap(text, 25, break_on_hyphens=False)[:4])
print(textwrap.fill(text, 30, initial_indent="* ", subsequent_indent="  ", max_lines=3))
print(textwrap.fill(text, 50, fix_sentence_endings=True))
print(textwrap.shorten(text, 60), textwrap.shorten("Hello  world!", 11), sep="\n")
print(textwrap.fill(str(math.factorial(60)), 30))
print(textwrap.wrap("x" * 12, 5), textwrap.wrap("x" * 12, 5, break_long_words=False))
print(textwrap.wrap("\tTabs\tand\nnew lines", 12), textwrap.wrap("  lead  ", 20, drop_whitespace=False))
code = """
    def factorial(n):
        if n < 2:
            return 1
        return n * factorial(n - 1)
"""
print(textwrap.dedent(code))
print(textwrap.indent("one\n\ntwo\n", "> "), end="")
print(textwrap.indent("one\n\ntwo\n", "+ ", lambda line: True), end="")
w = textwrap.TextWrapper(width=20, placeholder=" ...", max_lines=2)
print(w.wrap(text), w.width, w.tabsize)
try:
    textwrap.wrap("abc", 0)
except ValueError as e:
    print("ValueError:", e)
try:
    textwrap.shorten(text, 3)
except ValueError as e:
    print("ValueError:", e)
