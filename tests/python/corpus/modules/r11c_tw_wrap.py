import textwrap

text = ("The quick brown fox jumps over the lazy dog. " * 3).strip()
print(textwrap.fill(text, width=30))
print(textwrap.wrap(text, 25)[:2])
print(textwrap.shorten(text, width=40), textwrap.shorten("short", 10))
print(textwrap.shorten(text, 40, placeholder=" [more]"))
code = """
    def f():
        return 1
"""
print(textwrap.dedent(code))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\n\nb", "+ ", lambda line: True))
w = textwrap.TextWrapper(width=20, initial_indent="* ", subsequent_indent="  ", break_long_words=True)
print(w.fill("supercalifragilisticexpialidocious is a long word indeed"))
print(textwrap.fill("a  b   c", 5), textwrap.wrap(""), textwrap.wrap("   "))
