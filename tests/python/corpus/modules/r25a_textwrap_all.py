import textwrap

text = ("The asyncio module lets a single thread run many tasks, switching "
        "between them whenever one of them awaits something slow.")
print(textwrap.wrap(text, width=30))
print(textwrap.fill(text, width=40))
print(textwrap.fill(text, width=40, initial_indent="* ", subsequent_indent="  "))
code = """
    def f():
        return 1
    """
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\n\nb", "+ ", lambda line: True))
print(textwrap.shorten(text, width=40))
print(textwrap.shorten("Hello  world!", width=11))
print(textwrap.shorten(text, width=30, placeholder="..."))
print(textwrap.wrap("", 10), textwrap.wrap("short", 10))
print(textwrap.wrap("supercalifragilistic", 6))
print(textwrap.wrap("a b c", width=0))
