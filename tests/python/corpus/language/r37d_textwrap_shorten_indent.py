# Formatting help text: textwrap.shorten, indent with a predicate, dedent and fill with initial indents.
import textwrap

doc = """
    Usage: tool [options] FILE

      -v   verbose output, repeated for more detail
      -q   quiet mode
    """
print(textwrap.dedent(doc).strip("\n"))
text = "The quick brown fox jumps over the lazy dog while the cat watches from the windowsill."
for w in (20, 40, 90):
    print(repr(textwrap.shorten(text, width=w)))
print(textwrap.shorten("word " * 3, 11, placeholder="~"))
print(textwrap.indent("a\n\nb\n  c\n", "> "))
print(textwrap.indent("a\n\nb\n", "+ ", predicate=lambda line: True), end="")
print(textwrap.fill(text, width=30, initial_indent="* ", subsequent_indent="  "))
w = textwrap.TextWrapper(width=25, max_lines=2, placeholder=" [more]")
print(w.wrap(text))
print(textwrap.wrap("supercalifragilisticexpialidocious", 10))
print(textwrap.wrap("supercalifragilisticexpialidocious", 10, break_long_words=False))
print(textwrap.wrap("tab\there  and\nnewline", 12))
