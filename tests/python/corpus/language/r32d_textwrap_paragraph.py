# textwrap to fill, wrap, indent, dedent and shorten a paragraph
import textwrap

para = ("Asynchronous programming lets a single thread juggle many tasks that spend most of "
        "their time waiting, such as network requests, timers and user input.")
print(textwrap.fill(para, width=40))
print(textwrap.wrap(para, 30)[:3])
print(textwrap.shorten(para, width=50, placeholder=" [...]"))
print(textwrap.indent("one\ntwo\n\nthree", "> "))
code = """
    def f():
        return 1
"""
print(textwrap.dedent(code))
print(textwrap.fill("a " * 10, width=8, initial_indent="* ", subsequent_indent="  "))
w = textwrap.TextWrapper(width=20, max_lines=2, placeholder="~")
print(w.wrap(para))
print(textwrap.fill("supercalifragilisticexpialidocious", 10))
